// Gate 8 — pmd: Salesforce Code Analyzer's PMD engine, run in-process through @salesforce/code-analyzer-core
// (no `sf code-analyzer` plugin, no network: the engine spawns the PMD jars shipped in
// @salesforce/code-analyzer-pmd-engine/dist/java-lib with the local `java`).
//
// Rules: every PMD rule for Apex (selector `pmd:Apex`: the Recommended set plus Design/AppExchange ones) and the
// PMD rules for Salesforce metadata XML (selector `pmd:XML`, AppExchange security rules), over force-app.
// Severities are Code Analyzer's: 1 Critical, 2 High, 3 Moderate, 4 Low, 5 Info.
// Policy: any Critical or High violation fails the gate (e.g. ApexSOQLInjection, ApexCRUDViolation, ApexCSRF,
// EmptyCatchBlock); Moderate/Low/Info ones are counted (listed when the gate is run alone).
// Overrides: a code-analyzer.yml (or .yaml/.json) at the root, if present, is loaded as the Code Analyzer config,
// so a rule's severity can be changed or a rule disabled there, with a reason.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { problem, rel, resolvePackageFile, runGateCli } from './lib.mjs';

const NAME = 'pmd';
const SELECTORS = ['pmd:Apex', 'pmd:XML'];
const FAILING_SEVERITIES = new Set([1, 2]);
const SEVERITY_NAMES = { 1: 'Critical', 2: 'High', 3: 'Moderate', 4: 'Low', 5: 'Info' };
const CONFIG_FILES = ['code-analyzer.yml', 'code-analyzer.yaml', 'code-analyzer.json'];

async function load() {
  const core = await import(pathToFileURL(resolvePackageFile('@salesforce/code-analyzer-core', 'dist/index.js')).href);
  const pmd = await import(
    pathToFileURL(resolvePackageFile('@salesforce/code-analyzer-pmd-engine', 'dist/index.js')).href
  );
  return { core: core.default ?? core, pmd: pmd.default ?? pmd };
}

export async function run({ root }) {
  const target = path.join(root, 'force-app');
  if (!fs.existsSync(target))
    return { name: NAME, ok: false, problems: [problem('force-app', 1, 1, 'missing force-app')] };
  const { core, pmd } = await load();
  const { CodeAnalyzer, CodeAnalyzerConfig } = core;

  const configFile = CONFIG_FILES.map((f) => path.join(root, f)).find((f) => fs.existsSync(f));
  const defaults = {
    root_working_folder: os.tmpdir(),
    log_folder: os.tmpdir(),
    engines: {
      pmd: { rule_languages: ['apex', 'xml'] },
      cpd: { disable_engine: true }
    }
  };
  const config = configFile ? CodeAnalyzerConfig.fromFile(configFile) : CodeAnalyzerConfig.fromObject(defaults, root);
  const analyzer = new CodeAnalyzer(config);
  const engineErrors = [];
  analyzer.onEvent('LogEvent', (e) => {
    if (e.logLevel === 1) engineErrors.push(e.message); // LogLevel.Error
  });
  await analyzer.addEnginePlugin(pmd.createEnginePlugin());
  const workspace = await analyzer.createWorkspace([target]);
  const selection = await analyzer.selectRules(SELECTORS, { workspace });
  const results = await analyzer.run(selection, { workspace });

  const problems = [];
  const warnings = [];
  const lowerCounts = {};
  for (const v of results.getViolations()) {
    const rule = v.getRule();
    const severity = rule.getSeverityLevel();
    const loc = v.getPrimaryLocation();
    const file = loc.getFile() ? rel(root, loc.getFile()) : 'force-app';
    const p = problem(
      file,
      loc.getStartLine(),
      loc.getStartColumn(),
      `${v.getMessage().trim()} (${rule.getEngineName()}:${rule.getName()}, ${SEVERITY_NAMES[severity] ?? severity})`
    );
    if (FAILING_SEVERITIES.has(severity)) problems.push(p);
    else {
      warnings.push(p);
      lowerCounts[SEVERITY_NAMES[severity]] = (lowerCounts[SEVERITY_NAMES[severity]] ?? 0) + 1;
    }
  }
  for (const message of engineErrors) problems.push(problem('force-app', 1, 1, `PMD engine error: ${message}`));
  const lower = Object.entries(lowerCounts)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');
  return {
    name: NAME,
    ok: problems.length === 0,
    problems,
    warnings,
    note: `${selection.getCount()} rules; ${problems.length} Critical/High${lower ? `; lower severity: ${lower}` : ''}`
  };
}

await runGateCli(import.meta.url, run);
