// Entry of the sandbox app: synthetic shadow first (SLDS classes then apply inside our components, as on the
// platform), then the shell. Clicks on links inside the app (`/lightning/...`, record Ids) route without a reload.
import '@lwc/synthetic-shadow';
import { createElement } from 'lwc';
import App from 'sbx/app';
import { routeLink } from './runtime/router.js';

document.addEventListener('click', routeLink);
document.getElementById('root').appendChild(createElement('sbx-app', { is: App }));
