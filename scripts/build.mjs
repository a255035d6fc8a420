#!/usr/bin/env node
// Compiles every LWC bundle's TypeScript source to the .js beside it (the bundle must hold its .js to deploy),
// as `sf project generate --lwc-language typescript` projects do. Runs on `npm install` (prepare) and `npm run build`.
// Before compiling, it removes compiled .js files whose .ts source is gone, so a deleted component cannot ship stale.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lwcDir = join(root, 'force-app', 'main', 'default', 'lwc');

function walk(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === '__tests__' || name === 'node_modules') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

let removed = 0;
for (const file of walk(lwcDir)) {
  if (file.endsWith('.js') && !existsSync(file.replace(/\.js$/, '.ts'))) {
    rmSync(file);
    removed += 1;
    console.log(`build: removed stale ${relative(root, file)} (no .ts source)`);
  }
}

const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
if (!existsSync(tsc)) {
  console.error('build: typescript is not installed; run `npm install` first.');
  process.exit(1);
}
try {
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.json')], { stdio: 'inherit', cwd: root });
} catch {
  console.error('build: tsc reported errors (see above); the .js output may be incomplete.');
  process.exit(1);
}
const compiled = walk(lwcDir).filter((f) => f.endsWith('.js')).length;
console.log(
  `build: ${compiled} LWC .js file(s) compiled from TypeScript${removed ? `, ${removed} stale removed` : ''}.`
);
