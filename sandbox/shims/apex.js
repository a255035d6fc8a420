// `@salesforce/apex`, and the base of every `@salesforce/apex/<Class>.<method>` module the build makes
// (build/plugins.mjs): see src/runtime/apexWire.js.
export { apexMethod, refreshApex } from '../src/runtime/apexWire.js';
