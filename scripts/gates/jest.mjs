// Gate 11 — jest: the LWC unit tests, `sfdx-lwc-jest --coverage -- --ci --no-cache --json --outputFile <tmp>
// --testLocationInResults`, with jest.config.js at the root (which holds the coverage threshold: Jest exits non-zero
// when coverage is below it). --no-cache: a transform cached without coverage instrumentation would leave files out
// of the coverage report, so the threshold could be computed over a subset. Counts (numPassedTests / numFailedTests) come from Jest's JSON report.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execNode, problem, rel, resolvePackageFile, runGateCli, tail } from './lib.mjs';

const NAME = 'jest';
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

function firstLines(text, n = 6) {
  return String(text || '')
    .replace(ANSI, '')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim())
    .slice(0, n)
    .join('\n');
}

export async function run({ root }) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gate-jest-'));
  const outputFile = path.join(tmp, 'jest-results.json');
  try {
    const bin = resolvePackageFile('@salesforce/sfdx-lwc-jest', 'bin/sfdx-lwc-jest');
    const res = await execNode(
      bin,
      ['--coverage', '--', '--ci', '--no-cache', '--json', `--outputFile=${outputFile}`, '--testLocationInResults'],
      { cwd: root, timeoutMs: 20 * 60 * 1000 }
    );
    const output = (res.stdout + '\n' + res.stderr).replace(ANSI, '');
    let report = null;
    try {
      report = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
    } catch {
      // no report: Jest did not run (config error, no tests, ...)
    }
    const problems = [];
    if (report) {
      for (const suite of report.testResults ?? []) {
        const file = rel(root, suite.name);
        const failed = (suite.assertionResults ?? []).filter((a) => a.status === 'failed');
        for (const a of failed) {
          problems.push(
            problem(
              file,
              a.location?.line,
              a.location?.column,
              `${a.fullName}: ${firstLines(a.failureMessages?.join('\n'), 4)}`
            )
          );
        }
        if (suite.status === 'failed' && failed.length === 0) {
          problems.push(problem(file, 1, 1, `test suite failed to run: ${firstLines(suite.message, 8)}`));
        }
      }
    }
    // Coverage thresholds: "Jest: "<path>" coverage threshold for lines (90%) not met: 85.5%"
    for (const line of output.split('\n')) {
      const m = /^Jest: "?([^"]*)"? coverage threshold for (\w+) \(([^)]*)\) not met: (.*)$/.exec(line.trim());
      if (m) {
        const target = m[1] === 'global' ? 'jest.config.js' : rel(root, path.resolve(root, m[1]));
        problems.push(problem(target, 1, 1, `coverage threshold for ${m[2]} (${m[3]}) not met: ${m[4]}`));
        continue;
      }
      const missing = /^Jest: Coverage data for (.*) was not found\.?$/.exec(line.trim());
      if (missing)
        problems.push(problem('jest.config.js', 1, 1, `coverage threshold path ${missing[1]} has no coverage data`));
    }
    if (res.code !== 0 && problems.length === 0) {
      problems.push(problem('jest.config.js', 1, 1, `sfdx-lwc-jest exited with ${res.code}: ${tail(output, 20)}`));
    }
    const counts = { passed: report?.numPassedTests ?? 0, failed: report?.numFailedTests ?? 0 };
    let note = report ? `${report.numTotalTestSuites} suites` : undefined;
    try {
      const summary = JSON.parse(fs.readFileSync(path.join(root, 'coverage', 'coverage-summary.json'), 'utf8'));
      note = `${note ?? ''}${note ? ', ' : ''}lines ${summary.total.lines.pct}% covered`;
    } catch {
      // no coverage summary
    }
    return { name: NAME, ok: res.code === 0 && problems.length === 0, problems, counts, note };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await runGateCli(import.meta.url, run);
