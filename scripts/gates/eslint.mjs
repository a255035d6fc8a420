// Gate 2 — eslint: `eslint . --format json` with the project's eslint.config.mjs, in a child process (so that
// several roots can be linted from one process: typescript-eslint keeps per-process state about tsconfig roots).
// Errors (severity 2) and fatal parse errors fail the gate; warnings (severity 1) are reported but do not fail,
// as with the `eslint .` CLI.
import fs from 'node:fs';
import path from 'node:path';
import { execNode, problem, rel, resolvePackageFile, runGateCli, tail } from './lib.mjs';

const NAME = 'eslint';
const CONFIG_FILES = ['eslint.config.mjs', 'eslint.config.js', 'eslint.config.cjs'];

export async function run({ root }) {
  const configFile = CONFIG_FILES.find((f) => fs.existsSync(path.join(root, f)));
  if (!configFile) {
    return { name: NAME, ok: false, problems: [problem('eslint.config.mjs', 1, 1, 'missing ESLint flat config')] };
  }
  const bin = resolvePackageFile('eslint', 'bin/eslint.js');
  const res = await execNode(
    bin,
    ['.', '--format', 'json', '--config', configFile, '--no-error-on-unmatched-pattern'],
    {
      cwd: root,
      timeoutMs: 10 * 60 * 1000
    }
  );
  let results;
  try {
    results = JSON.parse(res.stdout);
  } catch {
    return {
      name: NAME,
      ok: false,
      problems: [problem(configFile, 1, 1, `eslint failed (exit ${res.code}): ${tail(res.stderr || res.stdout)}`)]
    };
  }
  const problems = [];
  const warnings = [];
  for (const r of results) {
    const file = rel(root, r.filePath);
    for (const m of r.messages) {
      const p = problem(file, m.line, m.column, `${m.message}${m.ruleId ? ` (${m.ruleId})` : ''}`);
      if (m.fatal || m.severity === 2) problems.push(p);
      else warnings.push(p);
    }
  }
  if (res.code !== 0 && problems.length === 0) {
    problems.push(problem(configFile, 1, 1, `eslint exited with ${res.code}: ${tail(res.stderr)}`));
  }
  return {
    name: NAME,
    ok: problems.length === 0,
    problems,
    warnings,
    note: `${results.length} files${warnings.length ? `, ${warnings.length} warnings` : ''}`
  };
}

await runGateCli(import.meta.url, run);
