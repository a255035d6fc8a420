// `npm test`: runs every quality gate in order and stops at the first failing one.
//
//   node scripts/gates/run-all.mjs [--root dir] [--keep-going] [--only a,b] [--skip a,b]
//
// Output: one line per gate, `✔ name (1.2s)` or `✖ name (1.2s)` followed by its problems (at most 50, then
// "… and K more"); gates after a failure are printed as `- name skipped`. Warnings are only counted here; run a
// gate alone (`node scripts/gates/<gate>.mjs`) to list them.
//
// The very last line is exactly `N passed, M failed`, where
//   N = gates passed + Jest tests passed + gate-proof tests passed,
//   M = gates failed + Jest tests failed + gate-proof tests failed.
// Skipped gates count neither way. The exit code is 1 when any gate failed or was skipped (or M > 0), else 0.
// --keep-going runs every gate even after a failure; --only/--skip select gates by name (for local use; the exit
// code is then about the gates that ran).
import { parseRootArg, printProblems } from './lib.mjs';

/** Gate order; each module's run() is imported lazily. */
export const GATES = [
  'typescript',
  'eslint',
  'prettier',
  'xml',
  'metadata-schema',
  'apex-syntax',
  'apex-semantics',
  'pmd',
  'sfge',
  'convert',
  'pipeline',
  'generated-sync',
  'jest',
  'e2e',
  'gate-proofs'
];

function listArg(argv, flag) {
  const i = argv.indexOf(flag);
  return i >= 0 && argv[i + 1] ? new Set(argv[i + 1].split(',').map((s) => s.trim())) : null;
}

async function main() {
  const argv = process.argv.slice(2);
  const root = parseRootArg(argv);
  const keepGoing = argv.includes('--keep-going');
  const only = listArg(argv, '--only');
  const skip = listArg(argv, '--skip');
  const gates = GATES.filter((g) => (!only || only.has(g)) && !skip?.has(g));

  let passed = 0;
  let failed = 0;
  let anyGateFailed = false;
  let skipped = 0;
  for (const name of gates) {
    if (anyGateFailed && !keepGoing) {
      console.log(`- ${name} skipped`);
      skipped++;
      continue;
    }
    const started = Date.now();
    let result;
    try {
      const { run } = await import(`./${name}.mjs`);
      result = await run({ root });
    } catch (error) {
      result = {
        name,
        ok: false,
        problems: [{ file: '.', line: 1, col: 1, message: `gate crashed: ${error?.stack || error}` }]
      };
    }
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    const extras = [
      result.note,
      result.counts && `${result.counts.passed} passed, ${result.counts.failed} failed`
    ].filter(Boolean);
    const suffix = extras.length ? ` — ${extras.join('; ')}` : '';
    if (result.ok) {
      console.log(`✔ ${name} (${secs}s)${suffix}`);
      passed++;
    } else {
      console.log(`✖ ${name} (${secs}s)${suffix}`);
      printProblems(result.problems ?? [], { cap: 50, indent: '  ' });
      failed++;
      anyGateFailed = true;
    }
    if (result.counts) {
      passed += result.counts.passed;
      failed += result.counts.failed;
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = anyGateFailed || failed > 0 || skipped > 0 ? 1 : 0;
}

await main();
