// Gate 12 — gate-proofs: the tests in scripts/gates/__tests__ (node's test runner) prove that each gate passes
// on a clean copy of the project and fails, naming the planted file, when a defect is planted in a copy.
// Runs `node --test --test-reporter=tap <files>` with GATES_ROOT=<root> (the project the copies are made from)
// and reads the TAP summary (`# pass N`, `# fail N`) and the `not ok` lines.
import fs from 'node:fs';
import path from 'node:path';
import { exec, problem, REPO_ROOT, rel, runGateCli, tail, walk } from './lib.mjs';

const NAME = 'gate-proofs';
const TESTS_DIR = path.join(REPO_ROOT, 'scripts', 'gates', '__tests__');

export function parseTap(output, root) {
  const counts = { passed: 0, failed: 0 };
  const problems = [];
  const lines = output.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let m = /^# (pass|fail) (\d+)$/.exec(line);
    if (m) {
      counts[m[1] === 'pass' ? 'passed' : 'failed'] = Number(m[2]);
      continue;
    }
    // A failing test (any depth); suites whose subtests failed are reported by their subtests.
    m = /^(\s*)not ok \d+ - (.*?)(\s+#.*)?$/.exec(line);
    if (!m) continue;
    const indent = m[1];
    const name = m[2];
    let location = null;
    let error = '';
    let type = '';
    for (let j = i + 1; j < lines.length && lines[j].startsWith(indent + '  '); j++) {
      const l = lines[j].trim();
      let k = /^location: '(.*):(\d+):(\d+)'$/.exec(l);
      if (k) location = { file: k[1], line: Number(k[2]), col: Number(k[3]) };
      k = /^error: (.*)$/.exec(l);
      if (k && !error) {
        error = k[1].replace(/^['"]|['"]$/g, '');
        if (/^[|>][-+]?$/.test(error)) {
          // YAML block scalar: the next, more indented lines (keep the first few).
          const blockIndent = lines[j].length - lines[j].trimStart().length;
          const block = [];
          for (let b = j + 1; b < lines.length; b++) {
            const text = lines[b];
            if (text.trim() && text.length - text.trimStart().length <= blockIndent) break;
            block.push(text.trim());
          }
          error = block.filter(Boolean).slice(0, 6).join('\n');
        }
      }
      k = /^failureType: '(.*)'$/.exec(l);
      if (k) type = k[1];
    }
    if (type === 'subtestsFailed') continue;
    const file = location ? rel(root, location.file) : 'scripts/gates/__tests__';
    problems.push(problem(file, location?.line, location?.col, `${name}: ${error || type || 'failed'}`));
  }
  return { counts, problems };
}

export async function run({ root }) {
  const files = fs.existsSync(TESTS_DIR) ? walk(TESTS_DIR, (f) => /\.test\.m?js$/.test(f)) : [];
  if (files.length === 0) {
    return { name: NAME, ok: false, problems: [problem(rel(REPO_ROOT, TESTS_DIR), 1, 1, 'no gate-proof tests found')] };
  }
  const res = await exec(process.execPath, ['--test', '--test-reporter=tap', ...files], {
    cwd: REPO_ROOT,
    env: { ...process.env, GATES_ROOT: root, NO_COLOR: '1' },
    timeoutMs: 30 * 60 * 1000
  });
  const { counts, problems } = parseTap(res.stdout, REPO_ROOT);
  if (res.code !== 0 && problems.length === 0) {
    problems.push(
      problem(rel(REPO_ROOT, TESTS_DIR), 1, 1, `node --test exited with ${res.code}: ${tail(res.stdout + res.stderr)}`)
    );
  }
  return { name: NAME, ok: res.code === 0 && counts.failed === 0 && problems.length === 0, problems, counts };
}

await runGateCli(import.meta.url, run);
