// `@salesforce/user/Id`: the current sample user's Id.
import { currentUser } from '../src/runtime/session.js';

export default currentUser().id;
