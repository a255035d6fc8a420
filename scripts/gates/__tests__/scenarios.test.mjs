// Gate proof of the service scenarios (data/scenarios/*.json): sandbox/__tests__/scenarios.test.js, run by Jest as
// the jest gate runs it, passes on a clean copy of the project and fails, naming the scenario, when a stand-in
// answers with another error message; `generate-scenarios.mjs --check` names a stale ServiceScenarios resource.
//
//   node --test scripts/gates/__tests__/scenarios.test.mjs   (GATES_ROOT=<dir>: another checkout)
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { execNode, resolvePackageFile } from '../lib.mjs';
import { makeCopy, removeCopies } from './copies.mjs';

after(removeCopies);

/** Runs the scenario suite with Jest in `root`; the failed tests' titles and messages. */
async function runScenarioSuite(root) {
  const outputFile = path.join(root, 'scenario-results.json');
  const bin = resolvePackageFile('@salesforce/sfdx-lwc-jest', 'bin/sfdx-lwc-jest');
  await execNode(
    bin,
    ['--', '--ci', '--no-cache', '--json', `--outputFile=${outputFile}`, 'sandbox/__tests__/scenarios.test.js'],
    { cwd: root, timeoutMs: 10 * 60 * 1000 }
  );
  const report = JSON.parse(fs.readFileSync(outputFile, 'utf8'));
  const results = report.testResults.flatMap((suite) => suite.assertionResults ?? []);
  return {
    passed: results.filter((result) => result.status === 'passed').length,
    failed: results
      .filter((result) => result.status === 'failed')
      .map((result) => ({ title: result.title, message: result.failureMessages.join('\n') }))
  };
}

test('the scenario suite passes on a clean copy', async () => {
  const root = makeCopy('scenarios-clean');
  const { passed, failed } = await runScenarioSuite(root);
  assert.deepEqual(failed, []);
  assert.ok(passed >= 61, `${passed} scenario tests passed`);
});

test('a stand-in answering with another message fails the scenario that names it', async () => {
  const root = makeCopy('scenarios-planted');
  const file = path.join(root, 'sandbox/org/niprTransactionService.mjs');
  const text = fs.readFileSync(file, 'utf8');
  const planted = text.replace(
    'there), so it cannot be cancelled. Wait',
    'there), so it cannot be cancelled (planted). Wait'
  );
  assert.notEqual(planted, text, 'the planted change applies');
  fs.writeFileSync(file, planted);
  const { failed } = await runScenarioSuite(root);
  assert.deepEqual(
    failed.map((result) => result.title),
    ['cancel: a Submitting row is refused']
  );
  assert.match(failed[0].message, /cancel: a Submitting row is refused \(nipr-cancel-correct\.json\): error/);
});

test('generate-scenarios --check names a stale ServiceScenarios resource', async () => {
  const root = makeCopy('scenarios-stale');
  const file = path.join(root, 'data/scenarios/nipr-resend.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  data.scenarios[0].name += ' (renamed)';
  fs.writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  const res = await execNode(path.join(root, 'scripts/generate-scenarios.mjs'), ['--check', '--root', root], {
    cwd: root
  });
  assert.equal(res.code, 1);
  assert.match(res.stderr, /force-app\/main\/default\/staticresources\/ServiceScenarios\.json is stale/);
});
