// `npm run org:test`: the scratch-org pipeline of .github/workflows/scratch-org.yml, from a laptop.
//
//   npm run org:test [-- --keep]
//
// Needs an authorised Dev Hub: the alias in env DEVHUB, else the default Dev Hub (`sf config get target-dev-hub`;
// `npx sf org login web --set-default-dev-hub --alias devhub` sets one). Steps: compile the LWC TypeScript, create a
// 1-day scratch org from config/project-scratch-def.json, deploy force-app, assign Offboarding_Admin and
// Offboarding_User, set the org default of NIPR_Gateway_Config__c to Mode__c = Simulated, run the local Apex tests
// with coverage (results in test-results/apex: JUnit XML and JSON), check every class is covered ≥ 85 %
// (scripts/org/coverage.mjs), and delete the scratch org in every case unless --keep is given.
// The CLI is the project's pinned @salesforce/cli (what `npx sf` runs), with auto-update and telemetry off.
import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { checkCoverage, DEFAULT_THRESHOLD, readResult, report, sourceClassNames } from './coverage.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SF_BIN = path.join(ROOT, 'node_modules', '@salesforce', 'cli', 'bin', 'run.js');
const RESULTS_DIR = 'test-results/apex';
const PERMISSION_SETS = ['Offboarding_Admin', 'Offboarding_User'];
const ENV = {
  ...process.env,
  // The CLI's hooks spawn `sf` by name: the local one.
  PATH: [path.join(ROOT, 'node_modules', '.bin'), process.env.PATH].join(path.delimiter),
  SF_AUTOUPDATE_DISABLE: 'true',
  SF_DISABLE_TELEMETRY: 'true',
  SF_SKIP_NEW_VERSION_CHECK: 'true',
  SF_USE_PROGRESS_BAR: 'false'
};

class StepError extends Error {}

/** Runs `sf <args>`; output goes to the terminal. Throws on a non-zero exit. */
function sf(args, { capture = false } = {}) {
  console.log(`\n$ sf ${args.map((a) => (/[\s"']/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SF_BIN, ...args], {
      cwd: ROOT,
      env: ENV,
      stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit'
    });
    let stdout = '';
    if (capture) child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else {
        const err = new StepError(`sf ${args.slice(0, 3).join(' ')} exited with ${code}`);
        err.stdout = stdout;
        err.code = code;
        reject(err);
      }
    });
  });
}

/** Runs `sf <args> --json` and returns its `result`. */
async function sfJson(args) {
  const out = await sf([...args, '--json'], { capture: true });
  const json = JSON.parse(out.slice(out.indexOf('{')));
  return json.result;
}

function node(script) {
  console.log(`\n$ node ${script}`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, script)], { cwd: ROOT, env: ENV, stdio: 'inherit' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new StepError(`${script} exited with ${code}`))));
  });
}

async function main(argv) {
  const keep = argv.includes('--keep');
  if (!fs.existsSync(SF_BIN)) throw new StepError('the Salesforce CLI is not installed: run npm install');
  const alias = `offboarding-test-${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
  const devHub = process.env.DEVHUB ? ['--target-dev-hub', process.env.DEVHUB] : [];
  console.log(`Dev Hub: ${process.env.DEVHUB || '(the default Dev Hub)'}; scratch org alias: ${alias}`);

  await node('scripts/build.mjs');
  let created = false;
  try {
    await sf([
      'org',
      'create',
      'scratch',
      '--definition-file',
      'config/project-scratch-def.json',
      '--alias',
      alias,
      '--duration-days',
      '1',
      '--wait',
      '20',
      ...devHub
    ]);
    created = true;
    await sf(['project', 'deploy', 'start', '--source-dir', 'force-app', '--target-org', alias, '--wait', '30']);
    await sf([
      'org',
      'assign',
      'permset',
      ...PERMISSION_SETS.flatMap((name) => ['--name', name]),
      '--target-org',
      alias
    ]);
    const org = await sfJson(['org', 'display', '--target-org', alias]);
    if (!org?.id) throw new StepError('sf org display returned no org id');
    await sf([
      'data',
      'create',
      'record',
      '--sobject',
      'NIPR_Gateway_Config__c',
      '--values',
      `Mode__c=Simulated SetupOwnerId=${org.id}`,
      '--target-org',
      alias
    ]);
    fs.rmSync(path.join(ROOT, RESULTS_DIR), { recursive: true, force: true });
    let testsFailed = null;
    try {
      await sf([
        'apex',
        'run',
        'test',
        '--test-level',
        'RunLocalTests',
        '--code-coverage',
        '--result-format',
        'junit',
        '--output-dir',
        RESULTS_DIR,
        '--wait',
        '30',
        '--target-org',
        alias
      ]);
    } catch (error) {
      // Exit 100: some tests failed. The coverage check below lists them; other errors stop here.
      if (!(error instanceof StepError) || error.code !== 100) throw error;
      testsFailed = error;
    }
    const { json } = readResult(path.join(ROOT, RESULTS_DIR));
    const check = checkCoverage(json, { threshold: DEFAULT_THRESHOLD });
    const covered = new Set(check.classes.map((c) => c.name));
    const missing = sourceClassNames(path.join(ROOT, 'force-app')).filter((n) => !covered.has(n));
    console.log('');
    report(check, { missing });
    console.log(`results: ${RESULTS_DIR} (JUnit XML and JSON)`);
    if (!check.ok || testsFailed) throw new StepError('Apex tests or coverage failed');
  } finally {
    if (created && !keep) {
      try {
        await sf(['org', 'delete', 'scratch', '--target-org', alias, '--no-prompt']);
      } catch (error) {
        console.error(`could not delete the scratch org ${alias}: ${error.message} (it expires in 1 day)`);
      }
    } else if (created) {
      console.log(`\n--keep: the scratch org ${alias} is kept; open it with: npx sf org open --target-org ${alias}`);
    }
  }
}

main(process.argv.slice(2)).then(
  () => console.log('\n✔ org:test passed'),
  (error) => {
    console.error(`\n✖ org:test failed: ${error instanceof StepError ? error.message : error?.stack || error}`);
    process.exitCode = 1;
  }
);
