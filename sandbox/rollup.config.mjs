// The sandbox build: two bundles (run by sandbox/build.mjs, or `npx rollup -c sandbox/rollup.config.mjs`).
// - app: the shell (sandbox/src) with the force-app components it renders, lightning-base-components and the
//   platform shims, for the browser. Plugin order matters (sandbox-notes.md): platform modules, TypeScript strip,
//   replace, then the LWC compiler.
// - org: the sandbox's Apex stand-ins (sandbox/org) with c/offboardingCore's TypeScript source, for Node.
import { join } from 'node:path';
import replace from '@rollup/plugin-replace';
import lwc from '@lwc/rollup-plugin';
import { SANDBOX_DIR, appModules } from './build/modules.mjs';
import { nodeResolve, onwarn, platformModules, stripTypes } from './build/plugins.mjs';

export const DIST_DIR = join(SANDBOX_DIR, 'dist');
/** The sample users' time zone (sandbox/data/users.json) and lightning-base-components' i18n default. */
export const SANDBOX_TIME_ZONE = 'America/Los_Angeles';

export const appConfig = {
  input: join(SANDBOX_DIR, 'src', 'main.js'),
  onwarn,
  plugins: [
    platformModules(),
    stripTypes(),
    replace({
      preventAssignment: true,
      values: { 'process.env.NODE_ENV': JSON.stringify('development'), 'import.meta.env.SSR': 'false' }
    }),
    lwc({
      rootDir: SANDBOX_DIR,
      modules: appModules(),
      enableDynamicComponents: true,
      experimentalDynamicComponent: { strictSpecifier: false },
      enableLwcOn: true,
      enableSyntheticElementInternals: true
    })
  ],
  output: { file: join(DIST_DIR, 'app.js'), format: 'esm', sourcemap: true, inlineDynamicImports: true }
};

export const orgConfig = {
  input: join(SANDBOX_DIR, 'org', 'index.mjs'),
  onwarn,
  external: (id) => id.startsWith('node:'),
  plugins: [nodeResolve({ timeZone: SANDBOX_TIME_ZONE }), stripTypes()],
  output: { file: join(DIST_DIR, 'org.mjs'), format: 'esm', sourcemap: true }
};

export default [appConfig, orgConfig];
