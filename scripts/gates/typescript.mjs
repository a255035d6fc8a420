// Gate 1 — typescript: `tsc --noEmit -p tsconfig.test.json` (strict, tests included); every diagnostic fails.
import fs from 'node:fs';
import path from 'node:path';
import { exec, problem, rel, resolvePackageFile, runGateCli, tail } from './lib.mjs';

const NAME = 'typescript';

// `file(line,col): error TS1234: message` followed by indented continuation lines; or `error TS1234: message`.
const LOCATED = /^(.+?)\((\d+),(\d+)\): (error|warning) (TS\d+): (.*)$/;
const GLOBAL = /^(error|warning) (TS\d+): (.*)$/;

export function parseTscOutput(output, root) {
  const problems = [];
  let last = null;
  for (const raw of output.split(/\r?\n/)) {
    if (!raw.trim()) continue;
    let m = LOCATED.exec(raw);
    if (m) {
      const file = rel(root, path.resolve(root, m[1]));
      last = problem(file, Number(m[2]), Number(m[3]), `${m[6]} (${m[5]})`);
      problems.push(last);
      continue;
    }
    m = GLOBAL.exec(raw.trim());
    if (m) {
      last = problem('tsconfig.test.json', 1, 1, `${m[3]} (${m[2]})`);
      problems.push(last);
      continue;
    }
    if (last && /^\s/.test(raw)) last.message += '\n' + raw.trim();
    else if (last === null) problems.push((last = problem('tsconfig.test.json', 1, 1, raw.trim())));
  }
  return problems;
}

export async function run({ root }) {
  if (!fs.existsSync(path.join(root, 'tsconfig.test.json'))) {
    return { name: NAME, ok: false, problems: [problem('tsconfig.test.json', 1, 1, 'missing tsconfig.test.json')] };
  }
  const tsc = resolvePackageFile('typescript', 'bin/tsc');
  const res = await exec(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.test.json', '--pretty', 'false'], {
    cwd: root
  });
  const problems = parseTscOutput(res.stdout + '\n' + res.stderr, root);
  if (res.code !== 0 && problems.length === 0) {
    problems.push(problem('tsconfig.test.json', 1, 1, `tsc exited with ${res.code}: ${tail(res.stdout + res.stderr)}`));
  }
  return { name: NAME, ok: res.code === 0 && problems.length === 0, problems };
}

await runGateCli(import.meta.url, run);
