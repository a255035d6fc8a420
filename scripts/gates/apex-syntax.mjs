// Gate 6 — apex-syntax: every .cls and .trigger under force-app must parse with @apexdevtools/apex-parser
// (the ANTLR Apex grammar, with inline SOQL/SOSL). One listener on both lexer and parser collects line:col.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { problem, rel, resolvePackageFile, runGateCli, walk } from './lib.mjs';

const NAME = 'apex-syntax';

let apexParser;
async function loadParser() {
  apexParser ??= await import(pathToFileURL(resolvePackageFile('@apexdevtools/apex-parser', 'dist/esm/index.js')).href);
  return apexParser;
}

/** ANTLR lists every expected token; keep messages to one short line. */
function shorten(msg) {
  return String(msg)
    .replace(/expecting \{([^}]*)\}/, (m, list) => {
      const n = list.split(', ').length;
      return n > 6 ? `expecting one of ${n} tokens` : m;
    })
    .replace(/\r?\n/g, '\\n')
    .slice(0, 240);
}

/** Syntax errors of one Apex source: [{ line, col, message }] (col 1-based). */
export async function parseApex(source, isTrigger) {
  const { ApexErrorListener, ApexParserFactory } = await loadParser();
  const errors = [];
  class Collector extends ApexErrorListener {
    apexSyntaxError(line, column, msg) {
      errors.push({ line, col: column + 1, message: shorten(msg) });
    }
  }
  const { parser } = ApexParserFactory.createLexerAndParser(source, new Collector());
  if (isTrigger) parser.triggerUnit();
  else parser.compilationUnit();
  return errors;
}

export async function run({ root }) {
  const files = walk(path.join(root, 'force-app'), (f) => f.endsWith('.cls') || f.endsWith('.trigger'));
  const problems = [];
  for (const abs of files) {
    const errors = await parseApex(fs.readFileSync(abs, 'utf8'), abs.endsWith('.trigger'));
    for (const e of errors) problems.push(problem(rel(root, abs), e.line, e.col, `syntax error: ${e.message}`));
  }
  return { name: NAME, ok: problems.length === 0, problems, note: `${files.length} files` };
}

await runGateCli(import.meta.url, run);
