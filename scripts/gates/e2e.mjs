// Gate — e2e: the sandbox's Playwright tests (sandbox/e2e, `npm run test:e2e`) in headless Chromium, with the JSON
// reporter written to a temp file. The config builds the sandbox and starts its server on a free port. Counts are
// Playwright's own: expected (passed) and unexpected (failed); a flaky test counts as failed (retries are 0).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execNode, problem, quietEnv, rel, resolvePackageFile, runGateCli, tail } from './lib.mjs';

const NAME = 'e2e';
const CONFIG = path.join('sandbox', 'playwright.config.mjs');
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

function firstLines(text, n) {
  return String(text || '')
    .replace(ANSI, '')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim())
    .slice(0, n)
    .join('\n');
}

/** Every test of a JSON report, with its file and title path. */
function testsOf(suite, titles = [], file = suite.file) {
  const here = suite.title && !suite.title.endsWith('.mjs') ? [...titles, suite.title] : titles;
  return [
    ...(suite.specs ?? []).flatMap((spec) =>
      (spec.tests ?? []).map((test) => ({
        spec,
        test,
        file: spec.file ?? file,
        title: [...here, spec.title].join(' › ')
      }))
    ),
    ...(suite.suites ?? []).flatMap((child) => testsOf(child, here, child.file ?? file))
  ];
}

export async function run({ root }) {
  if (!fs.existsSync(path.join(root, CONFIG))) {
    return { name: NAME, ok: false, problems: [problem(CONFIG, 1, 1, 'missing Playwright config')] };
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gate-e2e-'));
  const outputFile = path.join(tmp, 'e2e-results.json');
  try {
    const bin = resolvePackageFile('@playwright/test', 'cli.js');
    const res = await execNode(bin, ['test', '--config', CONFIG, '--reporter=json'], {
      cwd: root,
      env: quietEnv({ PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', PLAYWRIGHT_JSON_OUTPUT_NAME: outputFile }),
      timeoutMs: 15 * 60 * 1000
    });
    let report = null;
    try {
      report = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
    } catch {
      // no report: Playwright did not run (config error, server did not start, ...)
    }
    const problems = [];
    for (const { test, file, title, spec } of (report?.suites ?? []).flatMap((suite) => testsOf(suite))) {
      if (test.status === 'expected' || test.status === 'skipped') {
        continue;
      }
      const error = test.results?.flatMap((result) => result.errors ?? [])[0];
      const location = error?.location ?? { file: path.join(path.dirname(CONFIG), 'e2e', file), line: spec.line };
      problems.push(
        problem(
          rel(root, path.resolve(root, location.file)),
          location.line,
          location.column,
          `${title}: ${firstLines(error?.message, 6) || test.status}`
        )
      );
    }
    for (const error of report?.errors ?? []) {
      problems.push(problem(CONFIG, 1, 1, firstLines(error.message, 8)));
    }
    if (res.code !== 0 && problems.length === 0) {
      problems.push(
        problem(
          CONFIG,
          1,
          1,
          `playwright exited with ${res.code}: ${tail((res.stderr || res.stdout).replace(ANSI, ''), 20)}`
        )
      );
    }
    const stats = report?.stats ?? {};
    const counts = { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0) };
    const note = report ? `${((stats.duration ?? 0) / 1000).toFixed(0)}s in Chromium` : undefined;
    return { name: NAME, ok: res.code === 0 && problems.length === 0, problems, counts, note };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

await runGateCli(import.meta.url, run);
