// Gate proofs: each gate passes on a clean copy of the project and fails, naming the planted file (and line), when a
// defect of its class is planted in a copy. Copies live in the OS temp folder: every top-level entry of the project
// except tool state and build output (node_modules is symlinked, compiled lwc/**/*.js is left out).
//
//   node --test scripts/gates/__tests__/            (GATES_ROOT=<dir> proves the gates on another checkout;
//                                                    GATES_KEEP_TMP=1 keeps the copies for inspection)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { makeCopy, removeCopies } from './copies.mjs';
import { run as typescript } from '../typescript.mjs';
import { run as eslint } from '../eslint.mjs';
import { run as prettier } from '../prettier.mjs';
import { run as xml } from '../xml.mjs';
import { run as metadataSchema } from '../metadata-schema.mjs';
import { run as apexSyntax } from '../apex-syntax.mjs';
import { run as apexSemantics } from '../apex-semantics.mjs';
import { run as pmd } from '../pmd.mjs';
import { run as cmdtSync } from '../generated-sync.mjs';
import { run as jest } from '../jest.mjs';

const DEFAULT = 'force-app/main/default';

function write(root, rel, text) {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
}

function files(root, dir, pattern) {
  const out = [];
  const visit = (d) => {
    if (!fs.existsSync(d)) return;
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) visit(abs);
      else if (pattern.test(e.name)) out.push(path.relative(root, abs).split(path.sep).join('/'));
    }
  };
  visit(path.join(root, dir));
  return out;
}

const APEX_META = `<?xml version="1.0" encoding="UTF-8" ?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
  <apiVersion>62.0</apiVersion>
  <status>Active</status>
</ApexClass>
`;

/** Writes an Apex class and its -meta.xml into the copy. */
function writeClass(root, name, body) {
  write(root, `${DEFAULT}/classes/${name}.cls`, body);
  write(root, `${DEFAULT}/classes/${name}.cls-meta.xml`, APEX_META);
  return `${DEFAULT}/classes/${name}.cls`;
}

/** Asserts the gate failed with a problem on `file` (at `line`, when given) whose message matches `pattern`. */
function assertFlags(result, { file, line, pattern }) {
  const shown = result.problems
    .slice(0, 10)
    .map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`)
    .join('\n');
  assert.equal(result.ok, false, `${result.name} should fail`);
  const hit = result.problems.find(
    (p) => p.file === file && (line === undefined || p.line === line) && (!pattern || pattern.test(p.message))
  );
  assert.ok(
    hit,
    `${result.name} should report ${file}${line ? `:${line}` : ''}${pattern ? ` ${pattern}` : ''}; got:\n${shown}`
  );
}

function assertPasses(result) {
  const shown = result.problems
    .slice(0, 10)
    .map((p) => `${p.file}:${p.line}:${p.col}: ${p.message}`)
    .join('\n');
  assert.equal(result.ok, true, `${result.name} fails on the clean copy:\n${shown}`);
}

after(removeCopies);

describe('clean copy passes', () => {
  let clean;
  before(() => {
    clean = makeCopy('clean');
  });
  const gates = {
    typescript,
    eslint,
    prettier,
    xml,
    'metadata-schema': metadataSchema,
    'apex-syntax': apexSyntax,
    'apex-semantics': apexSemantics,
    pmd,
    'generated-sync': cmdtSync
  };
  for (const [name, run] of Object.entries(gates)) {
    test(name, async () => assertPasses(await run({ root: clean })));
  }
});

describe('planted defects are caught', () => {
  test('typescript: a type error in an LWC .ts', async () => {
    const root = makeCopy('ts');
    const existing = files(root, DEFAULT + '/lwc', /^[^.]+\.ts$/).find((f) => !f.includes('__tests__'));
    const file = existing ?? `${DEFAULT}/lwc/gateProof/gateProof.ts`;
    const before = existing ? fs.readFileSync(path.join(root, file), 'utf8') : '';
    const prefix = before && !before.endsWith('\n') ? before + '\n' : before;
    const line = prefix.split('\n').length;
    write(root, file, `${prefix}export const gateProofCount: number = 'not a number';\n`);
    assertFlags(await typescript({ root }), { file, line, pattern: /TS2322/ });
  });

  test('eslint: a rule violation in an LWC .ts', async () => {
    const root = makeCopy('eslint');
    const file = `${DEFAULT}/lwc/gateProof/gateProof.ts`;
    write(
      root,
      file,
      '// Planted by the gate proofs.\nexport function echo(value: any): unknown {\n  return value;\n}\n'
    );
    assertFlags(await eslint({ root }), { file, line: 2, pattern: /no-explicit-any/ });
  });

  test('prettier: an unformatted Apex class', async () => {
    const root = makeCopy('prettier');
    const file = writeClass(
      root,
      'GateProofUnformatted',
      'public with sharing class GateProofUnformatted {\n      public static Integer one()   {   return 1;   }\n}\n'
    );
    assertFlags(await prettier({ root }), { file, line: 2, pattern: /not formatted/ });
  });

  test('metadata-schema: a misspelled element (<lenght>) in a field', async () => {
    const root = makeCopy('schema');
    const fields = files(root, DEFAULT + '/objects', /\.field-meta\.xml$/);
    let file = fields.find((f) => /<length>/.test(fs.readFileSync(path.join(root, f), 'utf8')));
    let line;
    if (file) {
      const lines = fs.readFileSync(path.join(root, file), 'utf8').split('\n');
      const i = lines.findIndex((l) => l.includes('<length>'));
      lines[i] = lines[i].replace('<length>', '<lenght>').replace('</length>', '</lenght>');
      write(root, file, lines.join('\n'));
      line = i + 1;
    } else {
      file = `${DEFAULT}/objects/Gate_Proof__c/fields/Proof__c.field-meta.xml`;
      write(
        root,
        file,
        '<?xml version="1.0" encoding="UTF-8" ?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">\n  <fullName>Proof__c</fullName>\n  <label>Proof</label>\n  <lenght>80</lenght>\n  <type>Text</type>\n</CustomField>\n'
      );
      line = 5;
    }
    assertFlags(await metadataSchema({ root }), {
      file,
      line,
      pattern: /unknown element <lenght> in CustomField \(did you mean <length>\?\)/
    });
  });

  test('xml: a malformed metadata file', async () => {
    const root = makeCopy('xml');
    const candidates = files(root, 'force-app', /-meta\.xml$/);
    let file = null;
    let line;
    for (const f of candidates) {
      const lines = fs.readFileSync(path.join(root, f), 'utf8').split('\n');
      const i = lines.findIndex((l, idx) => idx > 1 && /^\s*<(\w+)>[^<]*<\/\1>\s*$/.test(l));
      if (i < 0) continue;
      lines[i] = lines[i].replace(/<\/(\w+)>/, '</$1Broken>');
      write(root, f, lines.join('\n'));
      [file, line] = [f, i + 1];
      break;
    }
    if (!file) {
      file = `${DEFAULT}/classes/GateProofMalformed.cls-meta.xml`;
      write(root, file, APEX_META.replace('</apiVersion>', '</apiVersionBroken>'));
      line = 3;
    }
    assertFlags(await xml({ root }), { file, line, pattern: /malformed XML/ });
  });

  test('apex-syntax: a syntax error in a class', async () => {
    const root = makeCopy('apexsyntax');
    const file = writeClass(
      root,
      'GateProofSyntax',
      'public with sharing class GateProofSyntax {\n  public static void run() {\n    Integer count = ;\n  }\n}\n'
    );
    assertFlags(await apexSyntax({ root }), { file, line: 3, pattern: /syntax error/ });
  });

  test('apex-semantics: a reference to an unknown field (and an unknown type)', async () => {
    const root = makeCopy('apexsem');
    const file = writeClass(
      root,
      'GateProofUnknownField',
      'public with sharing class GateProofUnknownField {\n  public static void run() {\n    Contact c = new Contact();\n    c.No_Such_Field__c = 1;\n    GateProofNoSuchType.run();\n  }\n}\n'
    );
    const result = await apexSemantics({ root });
    assertFlags(result, { file, line: 4, pattern: /Unknown field 'No_Such_Field__c'/ });
    assertFlags(result, { file, line: 5, pattern: /GateProofNoSuchType/ });
  });

  test('pmd: a SOQL injection', async () => {
    const root = makeCopy('pmd');
    const file = writeClass(
      root,
      'GateProofSoqlInjection',
      [
        'public with sharing class GateProofSoqlInjection {',
        '  public static List<Contact> byName(String name) {',
        "    return Database.query('SELECT Id FROM Contact WHERE Name = \\'' + name + '\\'');",
        '  }',
        '}',
        ''
      ].join('\n')
    );
    assertFlags(await pmd({ root }), { file, line: 3, pattern: /ApexSOQLInjection/ });
  });

  test('generated-sync: a fee edited in the JSON but not regenerated', async () => {
    const root = makeCopy('cmdt');
    const dataFile = path.join(root, 'data/compliance/state-termination-rules.json');
    const rules = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
    const rule = rules.find((r) => typeof r.stateFee === 'number') ?? rules[0];
    rule.stateFee = (typeof rule.stateFee === 'number' ? rule.stateFee : 0) + 7;
    fs.writeFileSync(dataFile, JSON.stringify(rules, null, 2) + '\n');
    const result = await cmdtSync({ root });
    const expected = `${DEFAULT}/customMetadata/Compliance_Rule.${rule.state}.md-meta.xml`;
    assertFlags(result, { file: expected, pattern: /out of sync/ });
  });

  test('generated-sync: an @AuraEnabled field added in Apex but the TypeScript declarations not regenerated', async () => {
    const root = makeCopy('apex-types');
    const cls = path.join(root, DEFAULT, 'classes/ReasonInfo.cls');
    const source = fs.readFileSync(cls, 'utf8');
    fs.writeFileSync(
      cls,
      source.replace(/}\s*$/, '\n  @AuraEnabled\n  public String gateProofField { get; set; }\n}\n')
    );
    assertFlags(await cmdtSync({ root }), { file: 'types/apex/ReasonInfo.d.ts', pattern: /stale/ });
  });

  test('generated-sync: a transition added to the workflow table but Apex and TypeScript not regenerated', async () => {
    const root = makeCopy('workflow');
    const dataFile = path.join(root, 'data/workflow/nipr-transaction-workflow.json');
    const workflow = JSON.parse(fs.readFileSync(dataFile, 'utf8'));
    workflow.transitions.push({ from: 'Submitted', to: 'Cancelled', action: 'cancel' });
    fs.writeFileSync(dataFile, JSON.stringify(workflow, null, 2) + '\n');
    const result = await cmdtSync({ root });
    assertFlags(result, { file: `${DEFAULT}/classes/NiprTransitions.cls`, pattern: /out of sync/ });
    assertFlags(result, { file: `${DEFAULT}/lwc/offboardingCore/workflow.ts`, pattern: /out of sync/ });
  });

  test('jest: runs the TypeScript source, never a stale compiled .js beside it', async () => {
    const root = makeCopy('stale-js');
    // Compiled output that no longer matches its source: every .js beside a .ts throws when loaded.
    const planted = files(root, `${DEFAULT}/lwc`, /\.ts$/)
      .filter((f) => !f.includes('/__tests__/') && !f.endsWith('.d.ts'))
      .map((f) => f.replace(/\.ts$/, '.js'));
    assert.ok(planted.length > 0, 'the copy has LWC TypeScript sources');
    for (const file of planted) write(root, file, "throw new Error('stale compiled .js was loaded');\n");
    assertPasses(await jest({ root }));
  });
});
