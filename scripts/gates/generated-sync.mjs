// Gate 10 — generated-sync: every generated file must be what its generator writes today:
// - the Custom Metadata records and the ComplianceVectors static resource, from data/compliance/*.json
//   (`node scripts/generate-cmdt.mjs --check --root <root>`);
// - the TypeScript declarations of the Apex contract, from the Apex source (`scripts/generate-apex-types.mjs --check`).
// Each generator exits 0 when in sync, 1 listing out-of-sync files.
// Each output line that names a file (`path: message`, `path:line:col: message`, or a bare path) becomes a problem.
import fs from 'node:fs';
import path from 'node:path';
import { execNode, problem, rel, runGateCli, tail } from './lib.mjs';

const NAME = 'generated-sync';
const SCRIPTS = [
  'scripts/generate-cmdt.mjs',
  'scripts/generate-workflow.mjs',
  'scripts/generate-scenarios.mjs',
  'scripts/generate-apex-types.mjs'
];

/** Maps the generator's --check output to problems; lines naming no file are attached to the previous one. */
export function parseCheckOutput(output, root, script = SCRIPTS[0]) {
  const problems = [];
  const asFile = (token) => {
    const cleaned = token.replace(/^[`'"([]+|[`'")\],.;]+$/g, '');
    if (!cleaned || !/[/\\]|\.(xml|json|ts)$/.test(cleaned)) return null;
    const abs = path.resolve(root, cleaned);
    if (!abs.startsWith(root)) return null;
    return rel(root, abs);
  };
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line) continue;
    let m = /^(\S+?):(\d+):(\d+):\s*(.*)$/.exec(line);
    if (m && asFile(m[1])) {
      problems.push(problem(asFile(m[1]), Number(m[2]), Number(m[3]), m[4]));
      continue;
    }
    m = /^(\S+?):\s+(.*)$/.exec(line);
    if (m && asFile(m[1])) {
      problems.push(problem(asFile(m[1]), 1, 1, m[2]));
      continue;
    }
    const token = line
      .replace(/^[-*•✖✗x]\s+/, '')
      .split(/\s+/)
      .find((t) => asFile(t));
    if (token) {
      problems.push(problem(asFile(token), 1, 1, line));
      continue;
    }
    if (problems.length) problems[problems.length - 1].message += '\n' + line;
    else problems.push(problem(script, 1, 1, line));
  }
  return problems;
}

export async function run({ root }) {
  const problems = [];
  for (const script of SCRIPTS) problems.push(...(await checkOne(root, script)));
  return { name: NAME, ok: problems.length === 0, problems };
}

async function checkOne(root, script) {
  if (!fs.existsSync(path.join(root, script))) return [problem(script, 1, 1, `missing ${script}`)];
  const res = await execNode(path.join(root, script), ['--check', '--root', root], {
    cwd: root,
    timeoutMs: 5 * 60 * 1000
  });
  if (res.code === 0) return [];
  const output = (res.stdout + '\n' + res.stderr).split(root + path.sep).join('');
  const problems = res.code === 1 ? parseCheckOutput(output, root, script) : [];
  if (problems.length === 0) {
    problems.push(problem(script, 1, 1, `${script} --check exited with ${res.code}: ${tail(output)}`));
  }
  return problems;
}

await runGateCli(import.meta.url, run);
