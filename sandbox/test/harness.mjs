// The node tests' sandbox (sandbox/__tests__, run by Jest in `npm test`): Jest cannot import ES modules or
// TypeScript-through-rollup, so the tests run this script in a child process.
//   node sandbox/test/harness.mjs build <dir>  bundles the org (sandbox/org + c/offboardingCore) into <dir>/org.mjs
//                                             and <dir>/org.cjs (for require), with a stub app (app.js, index.html)
//   node sandbox/test/harness.mjs serve <dir>  the same, then serves the sandbox from <dir> on 127.0.0.1, an
//                                             ephemeral port, and prints `{"url": …}` on one line
// Nothing is written to sandbox/dist (the e2e server may be serving it).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { orgConfig } from '../rollup.config.mjs';

export async function buildForTests(dir) {
  mkdirSync(dir, { recursive: true });
  const build = await rollup({ ...orgConfig, output: undefined });
  try {
    await build.write({ file: join(dir, 'org.mjs'), format: 'esm' });
    await build.write({ file: join(dir, 'org.cjs'), format: 'cjs', exports: 'named' });
  } finally {
    await build.close();
  }
  writeFileSync(join(dir, 'app.js'), '// stub app of the node tests\n');
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html><head><script>window.SBX_SESSION = __SBX_SESSION__;</script></head><body></body></html>\n'
  );
}

const [command, dir] = process.argv.slice(2);
if (command === 'build' || command === 'serve') {
  await buildForTests(dir);
  if (command === 'serve') {
    const { startServer } = await import('../server.mjs');
    const { url } = await startServer({ port: 0, host: '127.0.0.1', distDir: dir });
    process.stdout.write(`${JSON.stringify({ url })}\n`);
  }
}
