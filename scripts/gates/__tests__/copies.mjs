// Temp copies of the project for the gate proofs (a helper module, not a test file: gate-proofs runs *.test.mjs).
// A copy holds the source (no node_modules, git, caches, build output or compiled LWC .js), with node_modules linked
// from the original. removeCopies() deletes them unless GATES_KEEP_TMP=1.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../lib.mjs';

/** The project the copies are made from: GATES_ROOT (set by the gate-proofs gate) or this repository. */
export const SOURCE = path.resolve(process.env.GATES_ROOT || REPO_ROOT);
const NOT_COPIED = new Set(['node_modules', '.git', '.sfdx', '.sf', 'coverage', '.converted', 'test-results', 'dist']);
const copies = [];

/** A fresh copy of SOURCE in the temp folder. */
export function makeCopy(label) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `gate-proof-${label}-`));
  copies.push(dir);
  for (const entry of fs.readdirSync(SOURCE)) {
    if (NOT_COPIED.has(entry)) continue;
    fs.cpSync(path.join(SOURCE, entry), path.join(dir, entry), {
      recursive: true,
      filter: (src) => {
        const rel = path.relative(SOURCE, src).split(path.sep).join('/');
        if (rel.split('/').some((part) => NOT_COPIED.has(part))) return false;
        // Build output: lwc/**/*.js compiled from the .ts beside it (Jest tests under __tests__ are source).
        return !(/(^|\/)lwc\/.*\.js$/.test(rel) && !rel.includes('/__tests__/'));
      }
    });
  }
  const modules = fs.existsSync(path.join(SOURCE, 'node_modules')) ? SOURCE : REPO_ROOT;
  fs.symlinkSync(path.join(modules, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Deletes every copy made so far (kept with GATES_KEEP_TMP=1, to look at them). */
export function removeCopies() {
  if (process.env.GATES_KEEP_TMP === '1') return;
  for (const dir of copies.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}
