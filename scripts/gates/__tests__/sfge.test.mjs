// Gate proof for sfge (Salesforce Graph Engine), in a file of its own so node's test runner runs it beside the
// other proofs: the engine builds the whole graph (about 90 s), so the planted copy is the real force-app plus one
// class with two defects the per-file checks do not see along a path from an @AuraEnabled entry point:
// DML inside a loop, and an insert with no CRUD/FLS check. (The clean tree passing is the sfge gate itself.)
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../lib.mjs';
import { run as sfge } from '../sfge.mjs';

const SOURCE = process.env.GATES_ROOT ? path.resolve(process.env.GATES_ROOT) : REPO_ROOT;
const FILE = 'force-app/main/default/classes/GateProofGraph.cls';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gate-proof-sfge-'));

after(() => {
  if (process.env.GATES_KEEP_TMP !== '1') fs.rmSync(dir, { recursive: true, force: true });
});

test('sfge: a DML statement in a loop and an insert without an FLS check, reached from @AuraEnabled', async () => {
  fs.cpSync(path.join(SOURCE, 'force-app'), path.join(dir, 'force-app'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, FILE),
    [
      'public with sharing class GateProofGraph {',
      '  @AuraEnabled',
      '  public static void rename(List<Id> contactIds, String lastName) {',
      '    for (Id contactId : contactIds) {',
      '      Contact c = new Contact(Id = contactId, LastName = lastName);',
      '      update c;',
      '    }',
      '    insert new Contact(LastName = lastName);',
      '  }',
      '}',
      ''
    ].join('\n')
  );
  fs.writeFileSync(
    path.join(dir, `${FILE}-meta.xml`),
    '<?xml version="1.0" encoding="UTF-8" ?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n' +
      '  <apiVersion>62.0</apiVersion>\n  <status>Active</status>\n</ApexClass>\n'
  );
  const result = await sfge({ root: dir });
  const shown = result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n');
  assert.equal(result.ok, false, 'sfge should fail');
  const hit = (rule, line) =>
    result.problems.some((p) => p.file === FILE && p.line === line && p.message.includes(rule));
  assert.ok(hit('sfge:AvoidDatabaseOperationInLoop', 6), `DML in a loop at line 6; got:\n${shown}`);
  assert.ok(hit('sfge:ApexFlsViolation', 8), `FLS violation at line 8; got:\n${shown}`);
  assert.ok(!/engine error/.test(shown), `no engine error; got:\n${shown}`);
});
