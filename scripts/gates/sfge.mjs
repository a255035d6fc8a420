// Gate — sfge: Salesforce Graph Engine (data-flow analysis of the Apex along real paths from every entry point:
// @AuraEnabled methods, triggers, Queueables, Batchables, VF controllers), run in-process through
// @salesforce/code-analyzer-core with @salesforce/code-analyzer-sfge-engine (its jars run on the local `java`,
// offline). It finds what the per-file checks cannot: CRUD/FLS violations (ApexFlsViolation), null dereferences
// (ApexNullPointerException), SOQL/DML in loops (AvoidDatabaseOperationInLoop), DML from classes without sharing
// (DatabaseOperationsMustUseWithSharing), schema lookups in loops, unchecked SOQL variables.
//
// Policy: every sfge rule, zero violations of any severity. A false positive is suppressed in the Apex source with
// `/* sfge-disable-stack RuleName */` (or `// sfge-disable-next-line RuleName`) on the line before, together with
// a comment saying why it is safe. An engine error (e.g. the graph cannot be loaded) fails the gate: a crash is not
// a pass. Takes about 90 s on two cores (the engine builds the whole graph).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { problem, rel, resolvePackageFile, runGateCli } from './lib.mjs';

const NAME = 'sfge';

async function load() {
  const core = await import(pathToFileURL(resolvePackageFile('@salesforce/code-analyzer-core', 'dist/index.js')).href);
  const sfge = await import(
    pathToFileURL(resolvePackageFile('@salesforce/code-analyzer-sfge-engine', 'dist/index.js')).href
  );
  return { core: core.default ?? core, sfge: sfge.default ?? sfge };
}

export async function run({ root }) {
  const target = path.join(root, 'force-app');
  if (!fs.existsSync(target))
    return { name: NAME, ok: false, problems: [problem('force-app', 1, 1, 'missing force-app')] };
  const { core, sfge } = await load();
  const { CodeAnalyzer, CodeAnalyzerConfig } = core;
  const config = CodeAnalyzerConfig.fromObject(
    {
      root_working_folder: os.tmpdir(),
      log_folder: os.tmpdir(),
      // Two cores here: more threads only add contention; a path that takes over 90 s is reported, not dropped.
      engines: { sfge: { java_thread_count: 2, java_thread_timeout: 90000 } }
    },
    root
  );
  const analyzer = new CodeAnalyzer(config);
  const engineErrors = [];
  analyzer.onEvent('LogEvent', (e) => {
    if (e.logLevel === 1) engineErrors.push(e.message); // LogLevel.Error
  });
  await analyzer.addEnginePlugin(sfge.createEnginePlugin());
  const workspace = await analyzer.createWorkspace([target]);
  const selection = await analyzer.selectRules(['sfge'], { workspace });
  const results = await analyzer.run(selection, { workspace });

  const problems = [];
  for (const v of results.getViolations()) {
    const rule = v.getRule();
    const loc = v.getPrimaryLocation();
    const file = loc.getFile() ? rel(root, loc.getFile()) : 'force-app';
    problems.push(
      problem(
        file,
        loc.getStartLine() ?? 1,
        loc.getStartColumn() ?? 1,
        `${v.getMessage().trim().split('\n')[0]} (sfge:${rule.getName()})`
      )
    );
  }
  for (const message of engineErrors) {
    problems.push(problem('force-app', 1, 1, `sfge engine error: ${message.split('\n').slice(0, 3).join(' ')}`));
  }
  return {
    name: NAME,
    ok: problems.length === 0,
    problems,
    note: `${selection.getCount()} rules; ${problems.length} violation(s)`
  };
}

await runGateCli(import.meta.url, run);
