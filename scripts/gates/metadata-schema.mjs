// Gate 5 — metadata-schema: every element of every *-meta.xml under force-app must exist in the Metadata API schema
// shipped with jsforce (node_modules/jsforce/lib/api/metadata/schema.js: type name → { props, extends }).
// The root element names the type (CustomField, CustomObject, ListView, PermissionSet, ...); child elements are
// looked up in that type's props (inherited ones included) and complex children are checked recursively.
// The root must also match the file's suffix (e.g. *.field-meta.xml → CustomField), using the suffix registry of
// @salesforce/source-deploy-retrieve. XML comments and attributes (xmlns, xsi:type, ...) are ignored.
// Additions for elements newer than that schema live in metadata-schema-allowlist.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { lineColAt, problem, rel, REPO_ROOT, runGateCli, walk } from './lib.mjs';
import { extraProps, extraTypes, unknownRootTypes } from './metadata-schema-allowlist.mjs';

const NAME = 'metadata-schema';
const require = createRequire(path.join(REPO_ROOT, 'package.json'));
const PRIMITIVES = new Set(['string', 'number', 'boolean', 'any']);

let cachedSchema;
/** jsforce's Metadata API schema plus the allowlist: type name → { props, extends }. Also used by the pipeline gate. */
export function schema() {
  if (cachedSchema) return cachedSchema;
  const { ApiSchemas } = require('jsforce/lib/api/metadata/schema.js');
  const types = {};
  for (const [name, def] of Object.entries(ApiSchemas)) types[name] = { props: { ...def.props }, extends: def.extends };
  for (const [name, props] of Object.entries(extraTypes)) types[name] = { props: { ...props } };
  for (const [name, props] of Object.entries(extraProps)) {
    types[name] ??= { props: {} };
    Object.assign(types[name].props, props);
  }
  cachedSchema = types;
  return types;
}

/** All props of a type, inherited ones included. */
export function propsOf(typeName) {
  const types = schema();
  const props = {};
  const chain = [];
  for (let t = typeName, guard = 0; t && types[t] && guard < 20; t = types[t].extends, guard++) chain.unshift(t);
  for (const t of chain) Object.assign(props, types[t].props);
  return props;
}

/** 'Foo' | '?Foo' | ['Foo'] → 'Foo'. */
function elementType(propType) {
  const t = Array.isArray(propType) ? propType[0] : propType;
  return String(t).replace(/^\?/, '');
}

function levenshtein(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}

function suggest(name, candidates) {
  let best = null;
  let bestDist = Infinity;
  for (const c of candidates) {
    const dist = c.toLowerCase() === name.toLowerCase() ? 0 : levenshtein(name.toLowerCase(), c.toLowerCase());
    if (dist < bestDist) [best, bestDist] = [c, dist];
  }
  return best && bestDist <= Math.max(2, Math.floor(name.length / 4)) ? best : null;
}

let cachedSuffixes;
/** Metadata suffix (e.g. 'field') → type name (e.g. 'CustomField'), from source-deploy-retrieve's registry. */
function suffixRegistry() {
  if (cachedSuffixes) return cachedSuffixes;
  const map = new Map();
  try {
    const reg = require('@salesforce/source-deploy-retrieve/lib/src/registry/metadataRegistry.json');
    for (const [suffix, id] of Object.entries(reg.suffixes ?? {}))
      if (reg.types[id]) map.set(suffix, reg.types[id].name);
    for (const type of Object.values(reg.types ?? {})) {
      for (const [suffix, id] of Object.entries(type.children?.suffixes ?? {})) {
        const child = type.children.types?.[id];
        if (child && !map.has(suffix)) map.set(suffix, child.name);
      }
    }
  } catch {
    // Registry not available: the root-vs-suffix check is skipped.
  }
  cachedSuffixes = map;
  return map;
}

function expectedRootType(relPath) {
  const base = path.posix.basename(relPath).replace(/-meta\.xml$/, '');
  if (relPath.includes('/lwc/') && base.endsWith('.js')) return 'LightningComponentBundle';
  if (relPath.includes('/aura/')) return null;
  const suffix = base.includes('.') ? base.slice(base.lastIndexOf('.') + 1) : null;
  return suffix ? (suffixRegistry().get(suffix) ?? null) : null;
}

const TEXT = '#text';
const ATTRS = ':@';

/** Name of the single element key of a preserveOrder node (null for text, comments, processing instructions). */
function tagOf(node) {
  const key = Object.keys(node).find((k) => k !== ATTRS);
  if (!key || key === TEXT || key.startsWith('?') || key.startsWith('#') || key.startsWith('!')) return null;
  return key;
}

/** Checks one metadata XML text; returns problems with the given file name. */
export function checkMetadataXml(text, file) {
  const { XMLParser } = require('fast-xml-parser');
  const META = XMLParser.getMetaDataSymbol();
  const parser = new XMLParser({
    preserveOrder: true,
    captureMetaData: true,
    ignoreAttributes: true,
    ignoreDeclaration: false,
    parseTagValue: false,
    trimValues: true,
    processEntities: false
  });
  let doc;
  try {
    doc = parser.parse(text);
  } catch (error) {
    return [
      problem(file, 1, 1, `cannot parse XML (see the xml gate): ${String(error?.message || error).split('\n')[0]}`)
    ];
  }
  const problems = [];
  const at = (node) => lineColAt(text, node[META]?.startIndex ?? 0);
  const roots = doc.filter((n) => tagOf(n));
  if (roots.length !== 1) return [problem(file, 1, 1, `expected exactly one root element, found ${roots.length}`)];
  const root = roots[0];
  const rootType = tagOf(root);
  const { line, col } = at(root);
  const expected = expectedRootType(file);
  if (expected && expected !== rootType) {
    problems.push(
      problem(file, line, col, `root element <${rootType}> does not match the file suffix (expected <${expected}>)`)
    );
  }
  if (!schema()[rootType]) {
    if (!unknownRootTypes.has(rootType)) {
      const guess = suggest(rootType, Object.keys(schema()));
      problems.push(
        problem(file, line, col, `unknown metadata type <${rootType}>${guess ? ` (did you mean <${guess}>?)` : ''}`)
      );
    }
    return problems;
  }

  const visit = (node, typeName, trail) => {
    const props = propsOf(typeName);
    for (const child of node[tagOf(node)] ?? []) {
      const tag = tagOf(child);
      if (!tag) continue;
      const pos = at(child);
      const where = trail.length > 1 ? ` (at ${trail.join('/')})` : '';
      if (!Object.hasOwn(props, tag)) {
        const guess = suggest(tag, Object.keys(props));
        problems.push(
          problem(
            file,
            pos.line,
            pos.col,
            `unknown element <${tag}> in ${typeName}${where}${guess ? ` (did you mean <${guess}>?)` : ''}`
          )
        );
        continue;
      }
      const childType = elementType(props[tag]);
      if (childType === 'any') continue;
      if (PRIMITIVES.has(childType) || !schema()[childType]) {
        const nested = (child[tag] ?? []).map(tagOf).find(Boolean);
        if (nested) {
          problems.push(
            problem(
              file,
              pos.line,
              pos.col,
              `element <${tag}> in ${typeName}${where} holds a ${childType}, not elements (found <${nested}>)`
            )
          );
        }
        continue;
      }
      visit(child, childType, [...trail, tag]);
    }
  };
  visit(root, rootType, [rootType]);
  return problems;
}

export async function run({ root }) {
  const files = walk(path.join(root, 'force-app'), (f) => f.endsWith('-meta.xml'));
  const problems = [];
  for (const abs of files) problems.push(...checkMetadataXml(fs.readFileSync(abs, 'utf8'), rel(root, abs)));
  return { name: NAME, ok: problems.length === 0, problems, note: `${files.length} files` };
}

await runGateCli(import.meta.url, run);
