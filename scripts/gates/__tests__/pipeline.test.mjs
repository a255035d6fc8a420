// The org pipeline's offline checks:
// - scripts/org/coverage.mjs (the per-class coverage check run by the workflow and `npm run org:test`) passes a
//   result shaped like `sf apex run test --code-coverage --json` output where every class is ≥ 85 % and fails, naming
//   each class below 85 %, when some are not (also in the --output-dir file shapes and on failing tests);
// - the pipeline gate passes on the project and fails on planted defects in a temp copy: an unknown `sf` command,
//   an unknown flag, invalid YAML, an unknown scratch org feature.
//
//   node --test scripts/gates/__tests__/pipeline.test.mjs     (GATES_ROOT=<dir> checks another checkout)
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../lib.mjs';
import { run as pipeline } from '../pipeline.mjs';
import { checkCoverage, readResult } from '../../org/coverage.mjs';

const SOURCE = path.resolve(process.env.GATES_ROOT || REPO_ROOT);
const KEEP = process.env.GATES_KEEP_TMP === '1';
const NOT_COPIED = new Set([
  'node_modules',
  '.git',
  '.sfdx',
  '.sf',
  'coverage',
  '.converted',
  'test-results',
  'sandbox'
]);
const SAMPLE = path.join(REPO_ROOT, 'scripts', 'org', 'fixtures', 'apex-run-test.sample.json');
const WORKFLOW = '.github/workflows/scratch-org.yml';
const SCRATCH_DEF = 'config/project-scratch-def.json';

const copies = [];
after(() => {
  if (!KEEP) for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of what the pipeline gate reads (everything but tool state, node_modules symlinked). */
function makeCopy(label) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `gate-proof-pipeline-${label}-`));
  copies.push(dir);
  for (const entry of fs.readdirSync(SOURCE)) {
    if (NOT_COPIED.has(entry)) continue;
    fs.cpSync(path.join(SOURCE, entry), path.join(dir, entry), {
      recursive: true,
      filter: (src) =>
        !path
          .relative(SOURCE, src)
          .split(path.sep)
          .some((part) => NOT_COPIED.has(part))
    });
  }
  const modules = fs.existsSync(path.join(SOURCE, 'node_modules')) ? SOURCE : REPO_ROOT;
  fs.symlinkSync(path.join(modules, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

function edit(root, rel, change) {
  const abs = path.join(root, rel);
  const before = fs.readFileSync(abs, 'utf8');
  const afterText = change(before);
  assert.notEqual(afterText, before, `the planted defect did not change ${rel}`);
  fs.writeFileSync(abs, afterText);
}

function lineOf(root, rel, needle) {
  const lines = fs.readFileSync(path.join(root, rel), 'utf8').split('\n');
  const i = lines.findIndex((l) => l.includes(needle));
  assert.ok(i >= 0, `${needle} not in ${rel}`);
  return i + 1;
}

const sample = () => JSON.parse(fs.readFileSync(SAMPLE, 'utf8'));

describe('coverage check (scripts/org/coverage.mjs)', () => {
  test('passes when every class is covered at least 85 % (85 exactly included)', () => {
    const check = checkCoverage(sample());
    assert.equal(check.ok, true, check.problems.join('\n'));
    assert.deepEqual(
      check.classes.map((c) => [c.name, c.coveredPercent]),
      [
        ['ContactNiprTracking', 100],
        ['NiprTransactionService', 95],
        ['TerminationService', 85]
      ]
    );
    assert.deepEqual(check.below, []);
    assert.equal(check.summary.testRunCoverage, '92%');
  });

  test('fails and lists each class below 85 %', () => {
    const json = sample();
    const rows = json.result.coverage.coverage;
    Object.assign(rows[1], { totalCovered: 16, coveredPercent: 80 }); // TerminationService
    Object.assign(rows[2], { totalCovered: 1, coveredPercent: 50 }); // ContactNiprTracking
    const check = checkCoverage(json);
    assert.equal(check.ok, false);
    assert.deepEqual(
      check.below.map((c) => c.name),
      ['ContactNiprTracking', 'TerminationService']
    );
    assert.deepEqual(check.problems, [
      'ContactNiprTracking: 50 % covered (1/2 lines), below 85 %',
      'TerminationService: 80 % covered (16/20 lines), below 85 %'
    ]);
    // The threshold is inclusive: at 50 % both pass (50 and 80), at 51 % only the 50 % class is listed.
    assert.equal(checkCoverage(json, { threshold: 50 }).ok, true);
    assert.deepEqual(
      checkCoverage(json, { threshold: 51 }).below.map((c) => c.name),
      ['ContactNiprTracking']
    );
  });

  test('reads the --output-dir shapes: the unwrapped result and the bare coverage array', () => {
    const json = sample();
    assert.equal(checkCoverage(json.result).ok, true);
    const bare = json.result.coverage.coverage;
    bare[0].coveredPercent = 10;
    bare[0].totalCovered = 2;
    const check = checkCoverage(bare);
    assert.deepEqual(
      check.below.map((c) => c.name),
      ['NiprTransactionService']
    );
  });

  test('reads an --output-dir folder through test-run-id.txt', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coverage-dir-'));
    copies.push(dir);
    const json = sample();
    fs.writeFileSync(path.join(dir, 'test-run-id.txt'), json.result.summary.testRunId);
    fs.writeFileSync(path.join(dir, `test-result-${json.result.summary.testRunId}.json`), JSON.stringify(json.result));
    const { file, json: read } = readResult(dir);
    assert.equal(path.basename(file), `test-result-${json.result.summary.testRunId}.json`);
    assert.equal(checkCoverage(read).ok, true);
  });

  test('fails on a failing test and on a result without coverage', () => {
    const json = sample();
    Object.assign(json.result.tests[2], { Outcome: 'Fail', Message: 'Assertion Failed: expected Terminated' });
    json.result.summary.failing = 1;
    const check = checkCoverage(json);
    assert.equal(check.ok, false);
    assert.deepEqual(check.problems, [
      'test TerminationServiceTest.terminatesActiveAppointments Fail: Assertion Failed: expected Terminated'
    ]);
    const noCoverage = sample();
    delete noCoverage.result.coverage;
    assert.equal(checkCoverage(noCoverage).ok, false);
    assert.match(checkCoverage(noCoverage).problems[0], /no code coverage/);
  });
});

describe('pipeline gate', () => {
  test('passes on the project', async () => {
    const result = await pipeline({ root: SOURCE });
    assert.equal(result.ok, true, result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
    assert.match(result.note, /[1-9]\d* sf invocations checked/);
  });

  test('fails on an unknown sf command in the workflow', async () => {
    const root = makeCopy('command');
    edit(root, WORKFLOW, (t) => t.replace('npx sf project deploy start', 'npx sf project deploy begin'));
    const result = await pipeline({ root });
    assert.equal(result.ok, false);
    const p = result.problems.find((x) => /unknown sf command `sf project deploy begin`/.test(x.message));
    assert.ok(p, JSON.stringify(result.problems));
    assert.equal(p.file, WORKFLOW);
    assert.equal(p.line, lineOf(root, WORKFLOW, 'npx sf project deploy begin'));
  });

  test('fails on an unknown flag (scripts/org and README)', async () => {
    const root = makeCopy('flag');
    edit(root, 'scripts/org/test.mjs', (t) => t.replace("'--duration-days',", "'--days',"));
    edit(root, 'README.md', (t) =>
      t.replace('--test-level RunLocalTests --wait 20', '--test-level RunLocalTests --wait-minutes 20')
    );
    const result = await pipeline({ root });
    assert.equal(result.ok, false);
    const inScript = result.problems.find((x) => x.file === 'scripts/org/test.mjs');
    assert.ok(inScript, JSON.stringify(result.problems));
    assert.match(inScript.message, /`sf org create scratch` has no flag --days/);
    const inReadme = result.problems.find((x) => x.file === 'README.md');
    assert.ok(inReadme, JSON.stringify(result.problems));
    assert.match(inReadme.message, /`sf apex run test` has no flag --wait-minutes/);
    assert.equal(inReadme.line, lineOf(root, 'README.md', '--wait-minutes 20'));
  });

  test('fails on invalid YAML', async () => {
    const root = makeCopy('yaml');
    edit(root, WORKFLOW, (t) => t.replace('    branches: [main]', '    branches: [main'));
    const result = await pipeline({ root });
    assert.equal(result.ok, false);
    const p = result.problems.find((x) => x.file === WORKFLOW);
    assert.ok(p, JSON.stringify(result.problems));
    assert.match(p.message, /^invalid YAML/);
  });

  test('fails on an unknown scratch org feature', async () => {
    const root = makeCopy('feature');
    edit(root, SCRATCH_DEF, (t) => t.replace('"Communities"', '"Comunities"'));
    const result = await pipeline({ root });
    assert.equal(result.ok, false);
    const p = result.problems.find((x) => x.file === SCRATCH_DEF);
    assert.ok(p, JSON.stringify(result.problems));
    assert.match(p.message, /unknown scratch org feature "Comunities".*did you mean "Communities"/);
    assert.equal(p.line, lineOf(root, SCRATCH_DEF, 'Comunities'));
  });

  test('fails on an unknown settings type and an unknown settings field', async () => {
    const root = makeCopy('settings');
    edit(root, SCRATCH_DEF, (t) =>
      t.replace('"communitiesSettings"', '"communitySettings"').replace('"enableS1DesktopEnabled"', '"enableS1Desktop"')
    );
    const result = await pipeline({ root });
    assert.equal(result.ok, false);
    const messages = result.problems.filter((x) => x.file === SCRATCH_DEF).map((x) => x.message);
    assert.ok(
      messages.some((m) =>
        /settings "communitySettings": CommunitySettings is not a Metadata API settings type/.test(m)
      ),
      messages.join('\n')
    );
    assert.ok(
      messages.some((m) => /LightningExperienceSettings has no field enableS1Desktop/.test(m)),
      messages.join('\n')
    );
  });
});
