// Gate 4 — xml: every *.xml (including *-meta.xml) under force-app must be well-formed XML.
// fast-xml-parser's XMLValidator reports the line and column of the first error in each file.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { problem, rel, REPO_ROOT, runGateCli, walk } from './lib.mjs';

const NAME = 'xml';
const require = createRequire(path.join(REPO_ROOT, 'package.json'));

/** Well-formedness of one XML text: null when fine, else { line, col, message }. */
export function checkXml(text) {
  const { XMLValidator } = require('fast-xml-parser');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (!text.trim()) return { line: 1, col: 1, message: 'empty XML file' };
  const res = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (res === true) return null;
  return { line: res.err.line, col: res.err.col, message: `${res.err.msg} (${res.err.code})` };
}

export async function run({ root }) {
  const problems = [];
  const files = walk(path.join(root, 'force-app'), (f) => f.endsWith('.xml'));
  for (const abs of files) {
    const err = checkXml(fs.readFileSync(abs, 'utf8'));
    if (err) problems.push(problem(rel(root, abs), err.line, err.col, `malformed XML: ${err.message}`));
  }
  return { name: NAME, ok: problems.length === 0, problems, note: `${files.length} files` };
}

await runGateCli(import.meta.url, run);
