// The LWC module records of the sandbox build (the `modules` option of @lwc/rollup-plugin), in resolution order:
// 1. our shims of platform modules (they win over anything shipped by lightning-base-components),
// 2. one alias per component folder of force-app/main/default/lwc (`c/<name>`: the components that ship, not copies),
// 3. the sandbox shell (namespace `sbx`),
// 4. lightning-base-components' own `lwc.modules` (the `lightning/*` sources plus its label, i18n and gate stubs).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export const SANDBOX_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
export const ROOT_DIR = join(SANDBOX_DIR, '..');
export const LWC_DIR = join(ROOT_DIR, 'force-app', 'main', 'default', 'lwc');
const SHIMS_DIR = join(SANDBOX_DIR, 'shims');

/** Platform modules the sandbox implements itself (sandbox/shims). `@salesforce/apex/*`,
 * `@salesforce/customPermission/*` and `@salesforce/schema/*` are generated per name by the build (see plugins.mjs). */
export const SHIM_MODULES = [
  { name: 'force/navigation', path: join(SHIMS_DIR, 'force', 'navigation.js') },
  { name: 'lightning/platformShowToastEvent', path: join(SHIMS_DIR, 'lightning', 'platformShowToastEvent.js') },
  { name: 'lightning/actions', path: join(SHIMS_DIR, 'lightning', 'actions.js') },
  { name: 'lightning/refresh', path: join(SHIMS_DIR, 'lightning', 'refresh.js') },
  { name: 'lightning/uiRecordApi', path: join(SHIMS_DIR, 'lightning', 'uiRecordApi.js') },
  { name: 'lightning/quickActionPanel', path: join(SHIMS_DIR, 'lwc', 'quickActionPanel', 'quickActionPanel.ts') },
  { name: '@salesforce/apex', path: join(SHIMS_DIR, 'apex.js') },
  { name: '@salesforce/user/Id', path: join(SHIMS_DIR, 'userId.js') }
];

/** The entry file of a component folder: `<name>.ts`, else `<name>.js` (null when it has neither). */
function entryOf(folder) {
  const name = folder.split(/[\\/]/).pop();
  return ['ts', 'js'].map((ext) => join(folder, `${name}.${ext}`)).find((file) => existsSync(file)) ?? null;
}

/** `c/<name>` for every folder of force-app/main/default/lwc that has an entry file. */
export function componentModules(lwcDir = LWC_DIR) {
  return readdirSync(lwcDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => ({ name: `c/${entry.name}`, path: entryOf(join(lwcDir, entry.name)) }))
    .filter((record) => record.path !== null);
}

/** lightning-base-components' `lwc.modules`, with paths made absolute. */
export function baseComponentModules() {
  const manifest = require.resolve('lightning-base-components/package.json');
  const packageDir = dirname(manifest);
  const { lwc } = JSON.parse(readFileSync(manifest, 'utf8'));
  return lwc.modules.map((record) =>
    record.dir ? { dir: join(packageDir, record.dir) } : { name: record.name, path: join(packageDir, record.path) }
  );
}

export function appModules() {
  return [...SHIM_MODULES, ...componentModules(), { dir: join(SANDBOX_DIR, 'src', 'lwc') }, ...baseComponentModules()];
}
