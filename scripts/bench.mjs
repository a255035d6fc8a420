#!/usr/bin/env node
// `npm run bench`: the speed and scale targets of the rules the components run in the browser (offboardingCore),
// measured on the real Compliance Library and synthetic producers at the sizes the issues name: a firm with 2,000
// appointments across every state in the Terminate modal, and 500 transactions on the NIPR Transactions page (the most
// one submission takes). Each case runs a warm-up, then enough iterations to last ~0.5 s; the median of 5 rounds is
// reported against its target. Exit code 1 when a target is missed, so a regression is visible in CI logs if wired in.
// The core is TypeScript with extensionless imports, so it is bundled first (rollup + Babel's TypeScript preset, the
// transform sfdx-lwc-jest uses) into a temporary ES module.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { rollup } from 'rollup';
import { transformAsync } from '@babel/core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const coreEntry = join(root, 'force-app/main/default/lwc/offboardingCore/offboardingCore.ts');

/** Resolves the core's extensionless relative imports to .ts and strips the types. */
function typescript() {
  return {
    name: 'typescript',
    resolveId(source, importer) {
      if (!importer || !source.startsWith('.')) return null;
      const base = resolve(dirname(importer), source);
      return existsSync(`${base}.ts`) ? `${base}.ts` : null;
    },
    async transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      const out = await transformAsync(code, {
        filename: id,
        babelrc: false,
        configFile: false,
        presets: [['@babel/preset-typescript', { allowDeclareFields: true }]],
        sourceMaps: false
      });
      return { code: out.code, map: null };
    }
  };
}

async function loadCore() {
  const dir = mkdtempSync(join(tmpdir(), 'offboarding-bench-'));
  const file = join(dir, 'core.mjs');
  const bundle = await rollup({
    input: coreEntry,
    plugins: [
      {
        // The core reads the user's time zone only in userToday(); the bench never calls it.
        name: 'salesforce-i18n',
        resolveId: (id) => (id === '@salesforce/i18n/timeZone' ? '\0tz' : null),
        load: (id) => (id === '\0tz' ? "export default 'America/Los_Angeles';" : null)
      },
      typescript()
    ],
    onwarn(warning, warn) {
      if (warning.code === 'UNRESOLVED_IMPORT') throw new Error(warning.message);
      warn(warning);
    }
  });
  await bundle.write({ file, format: 'esm' });
  await bundle.close();
  const core = await import(pathToFileURL(file).href);
  rmSync(dir, { recursive: true, force: true });
  return core;
}

const readJson = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** Median milliseconds per call of fn, over 5 rounds of ~100 ms each after a warm-up. */
function measure(fn) {
  for (let i = 0; i < 20; i += 1) fn();
  let perRound = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < perRound; i += 1) fn();
    if (performance.now() - start > 100 || perRound > 1e6) break;
    perRound *= 2;
  }
  const rounds = [];
  for (let r = 0; r < 5; r += 1) {
    const start = performance.now();
    for (let i = 0; i < perRound; i += 1) fn();
    rounds.push((performance.now() - start) / perRound);
  }
  rounds.sort((a, b) => a - b);
  return rounds[2];
}

const core = await loadCore();
const rules = readJson('data/compliance/state-termination-rules.json');
const setting = readJson('data/compliance/settings.json');
const reasons = readJson('data/compliance/termination-reasons.json');
const niprStates = rules.filter((rule) => rule.filing === 'nipr');
const today = '2026-06-15';

// A firm with 2,000 appointments across every jurisdiction (some with several lines of authority).
const appointments = Array.from({ length: 2000 }, (_, i) => {
  const rule = rules[i % rules.length];
  return {
    id: `a${i}`,
    producerId: 'firm',
    state: rule.state,
    companyName: `Company ${i % 37}`,
    companyNaic: String(10000 + (i % 37)),
    licenseClass: i % 2 ? 'Life' : 'Property & Casualty',
    linesOfAuthority: i % 3 ? 'Life' : 'Life;Accident & Health;Variable Life',
    status: 'Active',
    appointedOn: '2019-01-01',
    terminatedOn: null
  };
});
// One request per NIPR state: its first accepted reason and today's date where the state uses dates.
const requests = niprStates.map((rule) => ({
  state: rule.state,
  reasonCode: core.reasonsAccepted(rule, reasons)[0] ?? null,
  effectiveDate: core.dateWindow(rule, today).usesDate ? today : null,
  appointmentIds: appointments.filter((a) => a.state === rule.state).map((a) => a.id)
}));
const byState = core.rulesByState(rules);

// 500 Ready to Submit transactions (one submission at most) for the NIPR Transactions page.
const transactions = appointments.slice(0, 500).map((a, i) => ({
  id: `t${i}`,
  name: `NTX-${String(i).padStart(6, '0')}`,
  producerId: 'firm',
  producerName: 'Summit Ridge Agency',
  appointmentId: a.id,
  state: a.state,
  stateName: byState.get(a.state)?.name ?? a.state,
  companyName: a.companyName,
  licenseClass: a.licenseClass,
  linesOfAuthority: a.linesOfAuthority,
  lines: core.linesOf(a).length,
  reasonCode: 'Vol',
  effectiveDate: today,
  fee: 1.53,
  status: 'Ready to Submit',
  statusText: 'Ready to Submit',
  statusDetail: null,
  nextStep: null,
  niprCode: null,
  niprReference: null,
  submittedOn: null,
  createdDate: `2026-06-${String(1 + (i % 14)).padStart(2, '0')}T10:00:00.000Z`
}));

const cases = [
  {
    name: 'Terminate modal: group 2,000 appointments by state',
    targetMs: 20,
    fn: () => core.groupByState(appointments, rules, reasons)
  },
  {
    name: `Terminate modal: validate every state's request (${requests.length} states, 2,000 appointments)`,
    targetMs: 5,
    fn: () => requests.map((request) => core.validateTermination(byState.get(request.state), request, today, reasons))
  },
  {
    name: 'Terminate modal: fee estimate for 2,000 appointments',
    targetMs: 10,
    fn: () => core.feeFor(rules, setting, requests, appointments)
  },
  {
    name: 'Transactions page: explain 500 rows',
    targetMs: 5,
    fn: () => transactions.map((tx) => core.explainTransaction(tx, byState.get(tx.state)))
  },
  {
    name: 'Transactions page: select all actionable of 500 and total them',
    targetMs: 5,
    fn: () => core.summarizeSelection(transactions, core.selectAllActionable(transactions, true))
  },
  {
    name: 'Transactions page: itemized quote of 500 transactions',
    targetMs: 10,
    fn: () => core.quoteFor(transactions, rules, setting)
  },
  {
    name: 'Transactions page: filter (no filter set) and sort 500 rows newest first',
    targetMs: 10,
    fn: () => core.newestFirst(core.filterTransactions(transactions, {}))
  }
];

let missed = 0;
console.log('offboardingCore benchmarks (median ms per call; target in brackets)');
for (const c of cases) {
  const ms = measure(c.fn);
  const ok = ms <= c.targetMs;
  if (!ok) missed += 1;
  console.log(`${ok ? '✔' : '✖'} ${c.name}: ${ms.toFixed(3)} ms [≤ ${c.targetMs} ms]`);
}
console.log(`${cases.length - missed} passed, ${missed} failed`);
process.exit(missed ? 1 : 0);
