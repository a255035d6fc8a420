// Per-class Apex code coverage check: every Apex class or trigger in a test run's coverage must be covered at least
// `threshold` % (85 by default). Used by `npm run org:test` and by .github/workflows/scratch-org.yml.
//
//   node scripts/org/coverage.mjs <result> [--threshold 85] [--source force-app]
//
// <result> is one of
//   - the output of `sf apex run test --code-coverage --json`: { status, result: { summary, tests, coverage } },
//   - the `test-result-<runId>.json` that `--output-dir` writes (the same `result` object, unwrapped),
//   - the `test-result-codecoverage.json` that `--output-dir` writes (just the `coverage.coverage` array),
//   - or the --output-dir folder itself (test-run-id.txt names the run; else test-result-codecoverage.json).
// The coverage rows are plugin-apex's JsonReporter shape: { id, name, totalLines, lines, totalCovered, coveredPercent }.
// Rows with no executable lines (totalLines 0) are not judged. Failing tests (summary.failing, tests[].Outcome) also
// fail the check, so a red run is never reported as covered. A result without any coverage rows fails: the tests were
// run without --code-coverage or ran nothing.
// --source lists the non-test classes and triggers under that folder that are missing from the coverage: printed as
// warnings, not failures (classes with only declarations, e.g. DTOs, have no executable lines and never appear).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const DEFAULT_THRESHOLD = 85;

/** The `result` object ({ summary, tests, coverage }) or the bare coverage array inside any accepted shape. */
function unwrap(json) {
  if (Array.isArray(json)) return { coverage: { coverage: json } };
  if (json && typeof json === 'object' && json.result && typeof json.result === 'object') {
    if (json.status !== undefined && json.status !== 0 && !json.result.summary) {
      throw new Error(`sf reported an error (status ${json.status}): ${json.message ?? json.name ?? 'no message'}`);
    }
    return json.result;
  }
  return json ?? {};
}

/**
 * Checks a test result (any shape above, already parsed) against the per-class threshold.
 * Returns { ok, threshold, classes, below, failingTests, summary, problems } where `classes` and `below` are
 * [{ name, coveredPercent, totalLines, totalCovered }] sorted by name and `problems` are one-line messages.
 */
export function checkCoverage(json, { threshold = DEFAULT_THRESHOLD } = {}) {
  const result = unwrap(json);
  const rows = Array.isArray(result.coverage?.coverage) ? result.coverage.coverage : [];
  const classes = rows
    .filter((r) => r && typeof r.name === 'string')
    .map((r) => {
      const totalLines = Number(r.totalLines ?? 0);
      const totalCovered = Number(r.totalCovered ?? 0);
      let coveredPercent = Number(r.coveredPercent);
      if (!Number.isFinite(coveredPercent)) coveredPercent = totalLines > 0 ? (100 * totalCovered) / totalLines : 100;
      return { name: r.name, coveredPercent, totalLines, totalCovered };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const judged = classes.filter((c) => c.totalLines > 0);
  const below = judged.filter((c) => c.coveredPercent < threshold);
  const failingTests = (Array.isArray(result.tests) ? result.tests : [])
    .filter((t) => t && t.Outcome && t.Outcome !== 'Pass' && t.Outcome !== 'Skip')
    .map((t) => ({
      name: t.FullName ?? `${t.ApexClass?.Name ?? '?'}.${t.MethodName ?? '?'}`,
      outcome: t.Outcome,
      message: String(t.Message ?? '').trim()
    }));
  const summary = result.summary ?? result.coverage?.summary ?? {};
  const problems = [];
  if (judged.length === 0) {
    problems.push('no code coverage in the result (run `sf apex run test` with --code-coverage; did any test run?)');
  }
  for (const c of below) {
    problems.push(
      `${c.name}: ${formatPercent(c.coveredPercent)} covered (${c.totalCovered}/${c.totalLines} lines), below ${threshold} %`
    );
  }
  for (const t of failingTests) problems.push(`test ${t.name} ${t.outcome}${t.message ? `: ${t.message}` : ''}`);
  const failingCount = Number(summary.failing ?? 0);
  if (failingCount > failingTests.length) {
    problems.push(`${failingCount} failing test(s) in the run summary (outcome ${summary.outcome ?? '?'})`);
  }
  return { ok: problems.length === 0, threshold, classes, below, failingTests, summary, problems };
}

function formatPercent(n) {
  return `${Math.round(n * 10) / 10} %`;
}

/** Reads a result file or an --output-dir folder and parses it. */
export function readResult(target) {
  let file = target;
  if (fs.statSync(target).isDirectory()) {
    const idFile = path.join(target, 'test-run-id.txt');
    const runId = fs.existsSync(idFile) ? fs.readFileSync(idFile, 'utf8').trim() : '';
    const candidates = [
      runId && path.join(target, `test-result-${runId}.json`),
      path.join(target, 'test-result.json'),
      path.join(target, 'test-result-codecoverage.json')
    ].filter(Boolean);
    file = candidates.find((f) => fs.existsSync(f));
    if (!file)
      throw new Error(`no test result in ${target} (expected ${candidates.map((f) => path.basename(f)).join(' or ')})`);
  }
  const text = fs.readFileSync(file, 'utf8');
  // `sf ... --json > file` may be preceded by warnings on some shells; start at the first brace or bracket.
  const start = text.search(/[[{]/);
  return { file, json: JSON.parse(start > 0 ? text.slice(start) : text) };
}

/** Names of the non-test Apex classes and the triggers under `dir` (a source folder such as force-app). */
export function sourceClassNames(dir) {
  const names = [];
  const visit = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'node_modules' && !e.name.startsWith('.')) visit(abs);
      } else if (e.name.endsWith('.trigger')) {
        names.push(e.name.slice(0, -'.trigger'.length));
      } else if (e.name.endsWith('.cls')) {
        const text = fs.readFileSync(abs, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        const decl = /\b(class|interface|enum)\b/i.exec(text);
        // Interfaces and enums have no executable lines; @IsTest classes are not measured.
        if (!decl || decl[1].toLowerCase() !== 'class') continue;
        if (!/@IsTest\b/i.test(text.slice(0, decl.index))) names.push(e.name.slice(0, -'.cls'.length));
      }
    }
  };
  visit(dir);
  return names.sort();
}

function argValue(argv, flag) {
  const i = argv.indexOf(flag);
  if (i >= 0 && argv[i + 1]) return argv[i + 1];
  const eq = argv.find((a) => a.startsWith(`${flag}=`));
  return eq ? eq.slice(flag.length + 1) : undefined;
}

/** Prints the check for humans; returns the check. */
export function report(check, { missing = [], out = console.log } = {}) {
  out(`Apex coverage per class (threshold ${check.threshold} %):`);
  for (const c of check.classes) {
    const mark = c.totalLines === 0 ? '·' : c.coveredPercent < check.threshold ? '✖' : '✔';
    out(
      `  ${mark} ${c.name.padEnd(40)} ${formatPercent(c.coveredPercent).padStart(7)}  ${c.totalCovered}/${c.totalLines}`
    );
  }
  const overall = check.summary.testRunCoverage ?? check.summary.orgWideCoverage;
  if (overall) out(`  test run coverage: ${overall}`);
  if (missing.length) {
    out(`warning: not in the coverage (no executable lines, or never executed by a test): ${missing.join(', ')}`);
  }
  if (check.ok) out(`✔ every class is covered at least ${check.threshold} %`);
  else {
    out(`✖ coverage check failed:`);
    for (const p of check.problems) out(`  - ${p}`);
  }
  return check;
}

async function main(argv) {
  const target = argv.find((a, i) => !a.startsWith('--') && !['--threshold', '--source'].includes(argv[i - 1]));
  if (!target) {
    console.error(
      'usage: node scripts/org/coverage.mjs <result.json | output-dir> [--threshold 85] [--source force-app]'
    );
    return 2;
  }
  const threshold = Number(argValue(argv, '--threshold') ?? DEFAULT_THRESHOLD);
  const { file, json } = readResult(target);
  console.log(`reading ${file}`);
  const check = checkCoverage(json, { threshold });
  const source = argValue(argv, '--source');
  const covered = new Set(check.classes.map((c) => c.name));
  const missing = source ? sourceClassNames(source).filter((n) => !covered.has(n)) : [];
  report(check, { missing });
  return check.ok ? 0 : 1;
}

if (
  process.argv[1] &&
  pathToFileURL(fs.realpathSync(process.argv[1])).href === pathToFileURL(fileURLToPath(import.meta.url)).href
) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`coverage check crashed: ${error?.message || error}`);
      process.exitCode = 1;
    }
  );
}
