// Gate — pipeline: the org pipeline files are valid without an org (issue #11, point 4).
//
// - Every .github/workflows/*.yml|yaml parses as YAML (the `yaml` package) and has the shape GitHub needs (`on`,
//   `jobs`, each job with `runs-on` and a list of `steps`, each step with `run` or `uses`).
// - Every `sf <topic> <command>` invocation exists in the pinned Salesforce CLI, and every flag used with it is one
//   of that command's flags (long name, alias or short char; `--no-x` only for allowNo flags; a literal value of a
//   flag with fixed options must be one of them). The list is `sf commands --json` of node_modules/@salesforce/cli
//   (ids, aliases and word-order permutations), loaded once per process. Invocations are read from
//     the workflows' `run:` scripts (a small shell tokenizer: quotes, `$( … )`, `${{ … }}`, `&&`, `|`, `\` lines),
//     scripts/org/*.mjs (calls `sf([...])` / `sfJson([...])` parsed with TypeScript's parser; string literals
//       that contain `sf …`, e.g. printed hints),
//     README.md (fenced sh/bash/shell/console/plain blocks and inline code spans starting with `sf ` or `npx sf `),
//     package.json scripts.
//   Static `--name` values of `sf org assign permset` must name a permission set in force-app, and a static
//   `--sobject` ending in __c must name an object in force-app.
// - config/project-scratch-def.json: JSON; its keys are scratch-definition keys and `edition` is one of the
//   editions (the CLI's own schema, @salesforce/core/schemas/project-scratch-def.schema.json); every `features`
//   entry is a known feature of that schema; every `settings` key is a Metadata API settings type of jsforce's
//   Metadata schema (the one the metadata-schema gate uses, with its allowlist) or, when newer than that schema,
//   one the CLI's schema lists; the fields inside a settings type known to jsforce must be fields of that type.
// - sfdx-project.json: each package directory's `definitionFile`, if any, exists.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import {
  execNode,
  lineColAt,
  problem,
  quietEnv,
  rel,
  REPO_ROOT,
  resolvePackageFile,
  runGateCli,
  tail,
  walk
} from './lib.mjs';
import { propsOf, schema } from './metadata-schema.mjs';

const NAME = 'pipeline';
const require = createRequire(path.join(REPO_ROOT, 'package.json'));
const SCRATCH_DEF = 'config/project-scratch-def.json';

// ---------------------------------------------------------------------------------------------------------------
// The CLI's command list

let commandsPromise;
/** Map of colon id (ids, aliases, permutations) → command JSON from `sf commands --json`; cached per process. */
export function loadCommands() {
  commandsPromise ??= (async () => {
    const sf = resolvePackageFile('@salesforce/cli', 'bin/run.js');
    const res = await execNode(sf, ['commands', '--json'], {
      cwd: REPO_ROOT,
      env: quietEnv({ SF_JSON_TO_STDOUT: 'true' }),
      timeoutMs: 3 * 60 * 1000
    });
    let list;
    try {
      const json = JSON.parse(res.stdout.slice(res.stdout.search(/[[{]/)));
      list = Array.isArray(json) ? json : json.result;
    } catch {
      throw new Error(`sf commands --json failed (exit ${res.code}): ${tail(res.stderr || res.stdout)}`);
    }
    if (!Array.isArray(list) || list.length === 0) throw new Error('sf commands --json returned no commands');
    const byId = new Map();
    for (const cmd of list) {
      for (const id of [cmd.id, ...(cmd.permutations ?? []), ...(cmd.aliases ?? []), ...(cmd.aliasPermutations ?? [])])
        if (id && !byId.has(id)) byId.set(id, cmd);
    }
    return { byId, count: list.length };
  })();
  commandsPromise.catch(() => (commandsPromise = undefined));
  return commandsPromise;
}

// ---------------------------------------------------------------------------------------------------------------
// Shell tokenizer: commands (arrays of words) from a shell script, with each word's offset and whether its value is
// known statically. `$( … )` contents are tokenized as commands of their own.

const OPERATORS = ['&&', '||', ';;', '|&', '|', ';', '&', '(', ')', '\n'];

/** @returns {{ words: { text: string, start: number, dynamic: boolean }[] }[]} */
export function shellCommands(script, base = 0) {
  const commands = [];
  let words = [];
  let i = 0;
  const n = script.length;
  const flush = () => {
    if (words.length) commands.push({ words });
    words = [];
  };
  /** Index just past the `)` matching the `(` at `open`. */
  const matchParen = (open) => {
    let depth = 0;
    for (let j = open; j < n; j++) {
      const c = script[j];
      if (c === '\\') j++;
      else if (c === "'") j = script.indexOf("'", j + 1) < 0 ? n : script.indexOf("'", j + 1);
      else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return j + 1;
    }
    return n;
  };
  let skipNext = false; // the word after a redirection is a file name
  while (i < n) {
    const c = script[i];
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\\' && script[i + 1] === '\n') {
      i += 2;
      continue;
    }
    if (c === '#') {
      while (i < n && script[i] !== '\n') i++;
      continue;
    }
    const op = OPERATORS.find((o) => script.startsWith(o, i));
    if (op) {
      flush();
      i += op.length;
      continue;
    }
    const redirect = /^(\d*)(>>|>&|<&|>|<<<|<<|<)(-|\d+)?/.exec(script.slice(i, i + 8));
    if (redirect) {
      i += redirect[0].length;
      skipNext = !redirect[3];
      continue;
    }
    // A word.
    const start = i;
    let text = '';
    let dynamic = false;
    while (i < n) {
      const d = script[i];
      if (d === ' ' || d === '\t' || d === '\r' || d === '\n' || d === ';' || d === '&' || d === '|') break;
      if ((d === '(' || d === ')') && !text.endsWith('$')) break;
      if (d === '>' || d === '<') break;
      if (d === '\\') {
        if (script[i + 1] === '\n') {
          i += 2;
          break;
        }
        text += script[i + 1] ?? '';
        i += 2;
        continue;
      }
      if (d === "'") {
        const end = script.indexOf("'", i + 1);
        text += script.slice(i + 1, end < 0 ? n : end);
        i = end < 0 ? n : end + 1;
        continue;
      }
      if (d === '"') {
        i++;
        while (i < n && script[i] !== '"') {
          if (script[i] === '\\' && i + 1 < n) {
            text += script[i + 1];
            i += 2;
          } else if (script.startsWith('$(', i)) {
            const end = matchParen(i + 1);
            commands.push(...shellCommands(script.slice(i + 2, end - 1), base + i + 2));
            text += '$(…)';
            dynamic = true;
            i = end;
          } else if (script.startsWith('${{', i)) {
            const end = script.indexOf('}}', i);
            text += '${{…}}';
            dynamic = true;
            i = end < 0 ? n : end + 2;
          } else {
            if (script[i] === '$' || script[i] === '`') dynamic = true;
            text += script[i++];
          }
        }
        i++;
        continue;
      }
      if (script.startsWith('$(', i)) {
        const end = matchParen(i + 1);
        commands.push(...shellCommands(script.slice(i + 2, end - 1), base + i + 2));
        text += '$(…)';
        dynamic = true;
        i = end;
        continue;
      }
      if (script.startsWith('${{', i)) {
        const end = script.indexOf('}}', i);
        text += '${{…}}';
        dynamic = true;
        i = end < 0 ? n : end + 2;
        continue;
      }
      if (d === '$' || d === '`' || d === '*' || d === '?') dynamic = true;
      text += d;
      i++;
    }
    if (skipNext) skipNext = false;
    else words.push({ text, start: base + start, dynamic });
  }
  flush();
  return commands;
}

/** The words after `sf` when a command runs the Salesforce CLI (`sf`, `npx sf`, `npx --no-install sf`), else null. */
export function sfArgs(words) {
  let k = 0;
  while (k < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[k].text)) k++; // VAR=value prefixes
  if (['time', 'exec', 'env'].includes(words[k]?.text)) k++;
  if (words[k]?.text === 'npx') {
    k++;
    while (k < words.length && words[k].text.startsWith('-')) k++;
  }
  const cmd = words[k]?.text;
  if (cmd !== 'sf' && !/(^|\/)node_modules\/\.bin\/sf$/.test(cmd ?? '')) return null;
  return { at: words[k], args: words.slice(k + 1) };
}

// ---------------------------------------------------------------------------------------------------------------
// Checking one invocation against the command list

function levenshtein(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

function closest(name, candidates, maxDist) {
  let best = null;
  let bestDist = Infinity;
  for (const c of candidates) {
    const dist = levenshtein(name, c);
    if (dist < bestDist) [best, bestDist] = [c, dist];
  }
  return best !== null && bestDist <= maxDist ? best : null;
}

/** Flag lookup tables of one command. */
function flagTable(cmd) {
  const long = new Map();
  const short = new Map();
  for (const f of Object.values(cmd.flags ?? {})) {
    long.set(f.name, f);
    for (const a of f.aliases ?? []) long.set(a, f);
    if (f.char) short.set(f.char, f);
    for (const a of f.charAliases ?? []) short.set(a, f);
  }
  return { long, short };
}

/**
 * Problems (messages) of one `sf` invocation: `args` are the words after `sf`.
 * @returns {{ message: string, word?: object }[]}
 */
export function checkInvocation(args, { byId }) {
  const out = [];
  if (args.length === 0) return out;
  const lead = [];
  for (const w of args) {
    if (w.text.startsWith('-') || w.dynamic) break;
    lead.push(w);
  }
  if (lead.length === 0) {
    const ok = new Set(['--version', '-v', '--help', '-h']);
    if (!ok.has(args[0].text)) out.push({ message: `unknown sf global flag ${args[0].text}`, word: args[0] });
    return out;
  }
  if (lead[0].text === 'help') return out;
  let cmd = null;
  let used = 0;
  for (let k = lead.length; k >= 1; k--) {
    const id = lead
      .slice(0, k)
      .map((w) => w.text)
      .join(':');
    if (byId.has(id)) {
      cmd = byId.get(id);
      used = k;
      break;
    }
  }
  const shown = `sf ${lead.map((w) => w.text).join(' ')}`;
  if (!cmd) {
    const ids = [...byId.keys()].filter((id) => id.split(':').length === lead.length);
    const guess = closest(lead.map((w) => w.text).join(':'), ids, Math.max(2, Math.floor(lead.join(':').length / 5)));
    out.push({
      message: `unknown sf command \`${shown}\` (not in @salesforce/cli's \`sf commands\`)${
        guess ? `; did you mean \`sf ${guess.replaceAll(':', ' ')}\`?` : ''
      }`,
      word: lead[0]
    });
    return out;
  }
  const name = `sf ${cmd.id.replaceAll(':', ' ')}`;
  const takesArgs = Object.keys(cmd.args ?? {}).length > 0 || cmd.strict === false;
  const { long, short } = flagTable(cmd);
  const rest = args.slice(used);
  for (let i = 0; i < rest.length; i++) {
    const w = rest[i];
    const t = w.text;
    if (!t.startsWith('-') || t === '-' || w.dynamic) {
      if (!takesArgs && !w.dynamic)
        out.push({
          message: `\`${name}\` takes no argument, got \`${t}\` (unknown command or missing flag?)`,
          word: w
        });
      continue;
    }
    if (t === '--') break;
    let flag;
    let inline;
    if (t.startsWith('--')) {
      const eq = t.indexOf('=');
      const key = eq >= 0 ? t.slice(2, eq) : t.slice(2);
      inline = eq >= 0 ? t.slice(eq + 1) : undefined;
      if (key === 'help') continue;
      flag = long.get(key);
      if (!flag && key.startsWith('no-')) {
        const negated = long.get(key.slice(3));
        if (negated?.allowNo) continue;
      }
      if (!flag) {
        const guess = closest(key, [...long.keys()], Math.max(2, Math.floor(key.length / 4)));
        out.push({
          message: `\`${name}\` has no flag --${key}${guess ? ` (did you mean --${guess}?)` : ''}`,
          word: w
        });
        continue;
      }
    } else {
      const m = /^-([A-Za-z])(=?)(.*)$/.exec(t);
      if (m && m[1] === 'h' && !short.has('h')) continue;
      flag = m ? short.get(m[1]) : undefined;
      if (!flag) {
        out.push({ message: `\`${name}\` has no flag ${t}`, word: w });
        continue;
      }
      inline = m[3] ? m[3] : undefined;
    }
    if (flag.deprecated)
      out.push({ message: `\`${name}\`: flag --${flag.name} is deprecated`, word: w, warning: true });
    if (flag.type === 'boolean') {
      if (inline !== undefined)
        out.push({ message: `\`${name}\`: --${flag.name} is a boolean flag and takes no value`, word: w });
      continue;
    }
    const values = [];
    if (inline !== undefined) values.push({ text: inline, dynamic: w.dynamic, start: w.start });
    else if (i + 1 < rest.length && !(rest[i + 1].text.startsWith('-') && !rest[i + 1].dynamic)) {
      values.push(rest[++i]);
      // Multiple-value flags take every following word up to the next flag.
      while (flag.multiple && i + 1 < rest.length && !rest[i + 1].text.startsWith('-')) values.push(rest[++i]);
    } else {
      out.push({ message: `\`${name}\`: --${flag.name} needs a value`, word: w });
      continue;
    }
    if (Array.isArray(flag.options) && flag.options.length) {
      for (const v of values) {
        if (v.dynamic) continue;
        const parts = flag.delimiter ? v.text.split(flag.delimiter) : [v.text];
        for (const p of parts)
          if (!flag.options.includes(p))
            out.push({
              message: `\`${name}\`: --${flag.name} ${p} is not one of ${flag.options.join(', ')}`,
              word: v
            });
      }
    }
    w.flagName = flag.name;
    w.values = values;
  }
  out.command = cmd.id;
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Where invocations are read from

/** Invocations in a shell script: [{ args, at }] with word offsets relative to `base`. */
function sfInvocations(script, base = 0) {
  return shellCommands(script, base)
    .map((c) => sfArgs(c.words))
    .filter(Boolean);
}

function fromWorkflow(root, file, problems) {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const YAML = require('yaml');
  const doc = YAML.parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  const errors = [...doc.errors];
  if (errors.length) {
    for (const e of errors) {
      const { line, col } = lineColAt(text, e.pos?.[0] ?? 0);
      problems.push(problem(file, line, col, `invalid YAML: ${String(e.message).split('\n')[0]}`));
    }
    return [];
  }
  const at = (node) => lineColAt(text, node?.range?.[0] ?? 0);
  const wf = doc.toJS();
  const shapeProblem = (node, message) => {
    const { line, col } = at(node);
    problems.push(problem(file, line, col, message));
  };
  if (!wf || typeof wf !== 'object' || Array.isArray(wf)) {
    shapeProblem(doc.contents, 'a workflow must be a mapping');
    return [];
  }
  if (!('on' in wf) && !('true' in wf)) shapeProblem(doc.contents, 'workflow has no `on:` trigger');
  const jobsNode = doc.get('jobs', true);
  if (!wf.jobs || typeof wf.jobs !== 'object' || Object.keys(wf.jobs).length === 0) {
    shapeProblem(jobsNode ?? doc.contents, 'workflow has no jobs');
    return [];
  }
  const found = [];
  for (const [jobId, job] of Object.entries(wf.jobs)) {
    const jobNode = doc.getIn(['jobs', jobId], true);
    if (!job || typeof job !== 'object') {
      shapeProblem(jobNode, `job ${jobId} is not a mapping`);
      continue;
    }
    if (job.uses) continue; // a reusable workflow call
    if (!job['runs-on']) shapeProblem(jobNode, `job ${jobId} has no runs-on`);
    if (!Array.isArray(job.steps) || job.steps.length === 0) {
      shapeProblem(jobNode, `job ${jobId} has no steps`);
      continue;
    }
    job.steps.forEach((step, index) => {
      const stepNode = doc.getIn(['jobs', jobId, 'steps', index], true);
      if (!step || typeof step !== 'object' || (!step.run && !step.uses)) {
        shapeProblem(stepNode, `job ${jobId}, step ${index + 1} has neither run nor uses`);
        return;
      }
      if (step.run && step.uses) shapeProblem(stepNode, `job ${jobId}, step ${index + 1} has both run and uses`);
      if (typeof step.run !== 'string') return;
      const runNode = doc.getIn(['jobs', jobId, 'steps', index, 'run'], true);
      for (const inv of sfInvocations(step.run)) {
        found.push({ ...inv, locate: () => locateInRange(text, runNode?.range, inv) });
      }
    });
  }
  return found;
}

/** Line/col of an invocation inside a YAML scalar or JSON string: the first match of its first words. */
function locateInRange(text, range, inv) {
  const [from, to] = range ?? [0, text.length];
  const words = [inv.at, ...inv.args.slice(0, 3)].filter((w) => !w.dynamic).map((w) => w.text);
  for (let k = words.length; k >= 1; k--) {
    const re = new RegExp(
      words
        .slice(0, k)
        .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('[\\s\\\\]+'),
      'g'
    );
    re.lastIndex = from;
    const m = re.exec(text);
    if (m && m.index < to) return lineColAt(text, m.index);
  }
  return lineColAt(text, from);
}

function fromReadme(root, file) {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const found = [];
  const add = (script, base) => {
    for (const inv of sfInvocations(script, base)) found.push({ ...inv, locate: () => lineColAt(text, inv.at.start) });
  };
  const fence = /^(```|~~~)([^\n]*)\n([\s\S]*?)^\1[ \t]*$/gm;
  const codeRanges = [];
  for (let m; (m = fence.exec(text));) {
    codeRanges.push([m.index, m.index + m[0].length]);
    const lang = m[2].trim().split(/\s+/)[0].toLowerCase();
    if (['', 'sh', 'bash', 'shell', 'console', 'zsh'].includes(lang)) {
      const body = m[3].replace(/^\$ /gm, '  ');
      add(body, m.index + m[0].indexOf('\n') + 1);
    }
  }
  const inline = /`([^`\n]+)`/g;
  for (let m; (m = inline.exec(text));) {
    if (codeRanges.some(([a, b]) => m.index >= a && m.index < b)) continue;
    if (/^(npx )?sf /.test(m[1])) add(m[1], m.index + 1);
  }
  return found;
}

function fromPackageJson(root, file) {
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    return [];
  }
  const found = [];
  for (const script of Object.values(json.scripts ?? {})) {
    if (typeof script !== 'string') continue;
    for (const inv of sfInvocations(script)) found.push({ ...inv, locate: () => locateInRange(text, null, inv) });
  }
  return found;
}

/** sf([...]) / sfJson([...]) calls and string literals holding `sf …` in a JS module, parsed by TypeScript. */
function fromScript(root, file) {
  const ts = require('typescript');
  const text = fs.readFileSync(path.join(root, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const found = [];
  const word = (node, value, dynamic) => ({ text: value, start: node.getStart(sf), dynamic });
  const tokens = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [word(node, node.text, false)];
    if (ts.isArrayLiteralExpression(node)) return node.elements.flatMap(tokens);
    if (ts.isSpreadElement(node)) {
      const inner = [];
      const visit = (n) => {
        if (ts.isArrayLiteralExpression(n)) inner.push(...tokens(n));
        else ts.forEachChild(n, visit);
      };
      visit(node.expression);
      return inner;
    }
    return [word(node, '<expression>', true)];
  };
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && /^sf(Json)?$/.test(node.expression.text)) {
      const first = node.arguments[0];
      const args = first ? (ts.isArrayLiteralExpression(first) ? tokens(first) : node.arguments.flatMap(tokens)) : [];
      // A forwarding call (`sf([...args, '--json'])` inside a helper) starts with no literal command word.
      const startsWithSpread = first && ts.isArrayLiteralExpression(first) && ts.isSpreadElement(first.elements[0]);
      if (args.length && !args[0].dynamic && !args[0].text.startsWith('-') && !startsWithSpread) {
        const at = word(node, 'sf', false);
        found.push({ at, args, locate: () => lineColAt(text, at.start) });
      }
    } else if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const value = ts.isTemplateExpression(node)
        ? node.head.text + node.templateSpans.map((s) => '${x}' + s.literal.text).join('')
        : node.text;
      // Commands shown to the user: `sf …` in backticks, or `npx sf …` to the end of the string.
      const start = node.getStart(sf);
      const shown = [...value.matchAll(/`((?:npx )?sf [a-z][^`]*)`/g)].map((m) => m[1]);
      const npx = /(?:^|\s)(npx sf [a-z][^`]*)$/.exec(value.replace(/`[^`]*`/g, ''));
      if (npx) shown.push(npx[1]);
      for (const script of shown)
        for (const inv of sfInvocations(script)) found.push({ ...inv, locate: () => lineColAt(text, start) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

// ---------------------------------------------------------------------------------------------------------------
// Scratch org definition

let scratchSchemaCache;
function scratchSchema() {
  if (scratchSchemaCache) return scratchSchemaCache;
  const file = resolvePackageFile('@salesforce/core', 'schemas/project-scratch-def.schema.json');
  const schema = JSON.parse(fs.readFileSync(file, 'utf8'));
  const props = schema.properties ?? schema.definitions ?? {};
  const deref = (node) => (node?.$ref ? schema.definitions?.[node.$ref.split('/').pop()] : node);
  const featureNames = new Set();
  const featurePatterns = [];
  const collect = (node) => {
    node = deref(node);
    if (!node || typeof node !== 'object') return;
    for (const v of node.enum ?? []) featureNames.add(v);
    if (typeof node.const === 'string') featureNames.add(node.const);
    if (node.pattern) featurePatterns.push(new RegExp(node.pattern));
    for (const k of ['anyOf', 'oneOf']) for (const child of node[k] ?? []) collect(child);
    if (node.items) collect(node.items);
  };
  collect(props.features);
  const settings = deref(props.settings);
  const editions = new Set(deref(props.edition)?.enum ?? []);
  scratchSchemaCache = {
    keys: new Set(Object.keys(props)),
    editions,
    featureNames,
    featurePatterns,
    settingsTypes: new Set(Object.keys(settings?.properties ?? {}))
  };
  return scratchSchemaCache;
}

function checkScratchDef(root, problems, warnings) {
  const abs = path.join(root, SCRATCH_DEF);
  if (!fs.existsSync(abs)) {
    problems.push(problem(SCRATCH_DEF, 1, 1, 'missing scratch org definition'));
    return;
  }
  const text = fs.readFileSync(abs, 'utf8');
  let def;
  try {
    def = JSON.parse(text);
  } catch (error) {
    problems.push(problem(SCRATCH_DEF, 1, 1, `invalid JSON: ${error.message}`));
    return;
  }
  /** Position of the first `"key"` (or `"value"`) after `after`. */
  const where = (needle, after = 0) => {
    const i = text.indexOf(JSON.stringify(needle), after);
    return lineColAt(text, i < 0 ? 0 : i);
  };
  const scratch = scratchSchema();
  for (const key of Object.keys(def)) {
    if (!scratch.keys.has(key)) {
      const { line, col } = where(key);
      problems.push(problem(SCRATCH_DEF, line, col, `unknown scratch org definition key "${key}"`));
    }
  }
  if (def.edition !== undefined && scratch.editions.size) {
    const ok = [...scratch.editions].some((e) => e.toLowerCase() === String(def.edition).toLowerCase());
    if (!ok) {
      const { line, col } = where('edition');
      problems.push(
        problem(SCRATCH_DEF, line, col, `unknown edition "${def.edition}" (one of ${[...scratch.editions].join(', ')})`)
      );
    }
  }
  const featuresAt = text.indexOf('"features"');
  const features = def.features === undefined ? [] : def.features;
  if (!Array.isArray(features)) {
    const { line, col } = where('features');
    problems.push(problem(SCRATCH_DEF, line, col, '"features" must be an array of feature names'));
  } else {
    for (const feature of features) {
      const known =
        typeof feature === 'string' &&
        (scratch.featureNames.has(feature) || scratch.featurePatterns.some((re) => re.test(feature)));
      if (known) continue;
      const { line, col } = where(feature, featuresAt);
      const guess =
        typeof feature === 'string'
          ? closest(
              feature.toLowerCase(),
              [...scratch.featureNames].map((f) => f.toLowerCase()),
              3
            )
          : null;
      const proper = guess ? [...scratch.featureNames].find((f) => f.toLowerCase() === guess) : null;
      problems.push(
        problem(
          SCRATCH_DEF,
          line,
          col,
          `unknown scratch org feature ${JSON.stringify(feature)} (not in @salesforce/core's scratch definition schema)${
            proper ? `; did you mean "${proper}"?` : ''
          }`
        )
      );
    }
  }
  const settingsAt = text.indexOf('"settings"');
  const types = schema();
  for (const [key, value] of Object.entries(def.settings ?? {})) {
    const typeName = key.charAt(0).toUpperCase() + key.slice(1);
    const keyAt = text.indexOf(JSON.stringify(key), settingsAt);
    const { line, col } = lineColAt(text, keyAt < 0 ? 0 : keyAt);
    if (!types[typeName]) {
      if (scratch.settingsTypes.has(key)) {
        warnings.push(problem(SCRATCH_DEF, line, col, `settings "${key}": newer than jsforce's schema, not checked`));
      } else {
        const guess = closest(
          key,
          Object.keys(types)
            .filter((t) => t.endsWith('Settings'))
            .map((t) => t.charAt(0).toLowerCase() + t.slice(1)),
          3
        );
        problems.push(
          problem(
            SCRATCH_DEF,
            line,
            col,
            `settings "${key}": ${typeName} is not a Metadata API settings type${guess ? `; did you mean "${guess}"?` : ''}`
          )
        );
      }
      continue;
    }
    checkSettingsFields(value, typeName, key, text, keyAt, problems);
  }
}

function checkSettingsFields(value, typeName, trail, text, from, problems) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return;
  const props = propsOf(typeName);
  for (const [field, inner] of Object.entries(value)) {
    const at = text.indexOf(JSON.stringify(field), from);
    const { line, col } = lineColAt(text, at < 0 ? from : at);
    if (!Object.hasOwn(props, field)) {
      const guess = closest(field, Object.keys(props), Math.max(2, Math.floor(field.length / 4)));
      problems.push(
        problem(
          SCRATCH_DEF,
          line,
          col,
          `settings ${trail}.${field}: ${typeName} has no field ${field}${guess ? ` (did you mean ${guess}?)` : ''}`
        )
      );
      continue;
    }
    const t = String(Array.isArray(props[field]) ? props[field][0] : props[field]).replace(/^\?/, '');
    if (schema()[t]) checkSettingsFields(inner, t, `${trail}.${field}`, text, at, problems);
  }
}

// ---------------------------------------------------------------------------------------------------------------

function projectNames(root, folder, suffix) {
  return new Set(
    walk(path.join(root, 'force-app'), (f) => f.includes(`${path.sep}${folder}${path.sep}`) && f.endsWith(suffix)).map(
      (f) => path.basename(f).slice(0, -suffix.length)
    )
  );
}

function checkSfdxProject(root, problems) {
  const file = 'sfdx-project.json';
  const abs = path.join(root, file);
  if (!fs.existsSync(abs)) return;
  const text = fs.readFileSync(abs, 'utf8');
  let json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    problems.push(problem(file, 1, 1, `invalid JSON: ${error.message}`));
    return;
  }
  for (const dir of json.packageDirectories ?? []) {
    if (dir.definitionFile && !fs.existsSync(path.join(root, dir.definitionFile))) {
      const { line, col } = lineColAt(text, text.indexOf('"definitionFile"'));
      problems.push(problem(file, line, col, `definitionFile ${dir.definitionFile} does not exist`));
    }
  }
}

export async function run({ root }) {
  const problems = [];
  const warnings = [];
  const sources = [];
  const workflows = walk(path.join(root, '.github', 'workflows'), (f) => /\.ya?ml$/.test(f)).map((f) => rel(root, f));
  if (workflows.length === 0) problems.push(problem('.github/workflows', 1, 1, 'no workflow files'));
  for (const file of workflows) sources.push([file, fromWorkflow(root, file, problems)]);
  const orgScripts = walk(path.join(root, 'scripts', 'org'), (f) => f.endsWith('.mjs')).map((f) => rel(root, f));
  for (const file of orgScripts) {
    try {
      sources.push([file, fromScript(root, file)]);
    } catch (error) {
      problems.push(problem(file, 1, 1, `cannot read sf calls: ${error.message}`));
    }
  }
  if (fs.existsSync(path.join(root, 'README.md'))) sources.push(['README.md', fromReadme(root, 'README.md')]);
  if (fs.existsSync(path.join(root, 'package.json')))
    sources.push(['package.json', fromPackageJson(root, 'package.json')]);

  const total = sources.reduce((n, [, list]) => n + list.length, 0);
  const commands = total ? await loadCommands() : { byId: new Map() };
  const permsets = projectNames(root, 'permissionsets', '.permissionset-meta.xml');
  const objects = new Set(
    walk(path.join(root, 'force-app'), (f) => f.endsWith('.object-meta.xml')).map((f) =>
      path.basename(f, '.object-meta.xml')
    )
  );
  for (const [file, list] of sources) {
    for (const inv of list) {
      const found = checkInvocation(inv.args, commands);
      for (const p of found) {
        const { line, col } = inv.locate();
        (p.warning ? warnings : problems).push(problem(file, line, col, p.message));
      }
      // References into the project: permission sets and custom objects named literally.
      for (const w of inv.args) {
        for (const v of w.values ?? []) {
          if (v.dynamic) continue;
          if (found.command === 'org:assign:permset' && w.flagName === 'name' && !permsets.has(v.text)) {
            const { line, col } = inv.locate();
            problems.push(problem(file, line, col, `permission set ${v.text} is not in force-app`));
          }
          if (w.flagName === 'sobject' && /__c$/.test(v.text) && !objects.has(v.text)) {
            const { line, col } = inv.locate();
            problems.push(problem(file, line, col, `object ${v.text} is not in force-app`));
          }
        }
      }
    }
  }
  checkScratchDef(root, problems, warnings);
  checkSfdxProject(root, problems);
  return {
    name: NAME,
    ok: problems.length === 0,
    problems,
    warnings,
    note: `${workflows.length} workflow(s), ${total} sf invocations checked against ${commands.count ?? 0} CLI commands`
  };
}

await runGateCli(import.meta.url, run);
