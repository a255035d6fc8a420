// Builds the sandbox into sandbox/dist: app.js (browser bundle), org.mjs (the Apex stand-ins for Node), index.html
// and sandbox.css. `node sandbox/build.mjs` or `npm run sandbox:build`; sandbox/start.mjs builds, then serves.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import { DIST_DIR, appConfig, orgConfig } from './rollup.config.mjs';
import { SANDBOX_DIR } from './build/modules.mjs';
import { circularImports } from './build/plugins.mjs';

async function bundle(config) {
  const started = Date.now();
  const build = await rollup(config);
  try {
    await build.write(config.output);
  } finally {
    await build.close();
  }
  return Date.now() - started;
}

/** Builds everything; resolves with the time taken in ms. Throws on any build error. */
export async function build({ log = console.log } = {}) {
  const started = Date.now();
  circularImports.clear();
  rmSync(DIST_DIR, { recursive: true, force: true });
  mkdirSync(DIST_DIR, { recursive: true });
  const [appMs, orgMs] = await Promise.all([bundle(appConfig), bundle(orgConfig)]);
  for (const file of ['index.html', 'sandbox.css']) {
    copyFileSync(join(SANDBOX_DIR, 'src', file), join(DIST_DIR, file));
  }
  const total = Date.now() - started;
  log(
    `sandbox: built in ${(total / 1000).toFixed(1)}s (app ${(appMs / 1000).toFixed(1)}s, org ${(orgMs / 1000).toFixed(1)}s)`
  );
  if (circularImports.size > 0) {
    log(`sandbox: note: ${circularImports.size} circular import chain(s), e.g. ${[...circularImports][0]}`);
  }
  return total;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  build().catch((error) => {
    console.error(`sandbox: build failed: ${error?.stack ?? error}`);
    process.exit(1);
  });
}
