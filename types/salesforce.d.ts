// Types of the `lightning/*` base components and `@salesforce/*` modules that @salesforce/lightning-types covers
// (lightning/modal, lightning/toast, lightning/button, @salesforce/user/Id, ...). Modules it does not cover are
// declared in types/lightning-platform.d.ts.
import '@salesforce/lightning-types';
