#!/usr/bin/env node
/**
 * Generates the Custom Metadata records of the package from the data files in data/compliance/:
 *
 *   state-termination-rules.json -> customMetadata/Compliance_Rule.<STATE>.md-meta.xml   (one per jurisdiction)
 *   termination-reasons.json     -> customMetadata/Termination_Reason.<Code>.md-meta.xml (one per reason code)
 *   settings.json                -> customMetadata/Offboarding_Setting.Default.md-meta.xml
 *
 * The JSON files are the source of truth (docs/design.md); the generated files must never be edited by hand.
 *
 * Usage:
 *   node scripts/generate-cmdt.mjs            write the records, delete stale generated records of these three types
 *   node scripts/generate-cmdt.mjs --check    write nothing; exit 1 listing every missing, extra or differing file
 *   node scripts/generate-cmdt.mjs --root D   run on another checkout (D holds data/ and force-app/), e.g. a temp copy
 *
 * Exit codes: 0 done / in sync, 1 invalid data or out of sync, 2 bad command line.
 *
 * Output is formatted with the repository's Prettier configuration (.prettierrc, @prettier/plugin-xml), so it is
 * already Prettier-clean. customMetadata/*.md-meta.xml is formatted with xmlWhitespaceSensitivity "preserve" (see
 * .prettierrc): "ignore" would re-wrap long values such as Notes__c and change what is deployed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import xmlPlugin from '@prettier/plugin-xml';

const SCRIPT_PATH = fileURLToPath(import.meta.url);
const REPO_ROOT = path.resolve(path.dirname(SCRIPT_PATH), '..');

export const DATA_DIR = 'data/compliance';
export const CMDT_DIR = 'force-app/main/default/customMetadata';
export const DATA_FILES = Object.freeze({
  rules: 'state-termination-rules.json',
  reasons: 'termination-reasons.json',
  settings: 'settings.json'
});
/** File names this script owns in CMDT_DIR; anything else there is left alone. */
export const GENERATED_FILE = /^(Compliance_Rule|Termination_Reason|Offboarding_Setting)\.[^.]+\.md-meta\.xml$/;

export const FILING_VALUES = Object.freeze(['nipr', 'registry', 'state-portal', 'unknown']);
export const EFFECTIVE_DATE_VALUES = Object.freeze(['required', 'used', 'ignored', 'unknown']);
export const FEE_BASIS_VALUES = Object.freeze(['per-termination', 'per-line']);
export const GATEWAY_MODES = Object.freeze(['Simulated', 'Live']);

const RULE_KEYS = Object.freeze([
  'state',
  'name',
  'filing',
  'acceptedReasons',
  'reasonRequired',
  'effectiveDate',
  'maxBackdateDays',
  'futureDateAllowed',
  'stateFee',
  'feeBasis',
  'forCauseOffline',
  'renewalBlackout',
  'notes',
  'sources',
  'verified'
]);
const REASON_KEYS = Object.freeze(['code', 'name']);
const SETTINGS_KEYS = Object.freeze(['niprFeePerTransaction', 'gatewayMode', 'source']);

const LABEL_MAX = 40;
const DEVELOPER_NAME = /^[A-Za-z](?!.*__)[A-Za-z0-9_]{0,39}(?<!_)$/;

/** Thrown when a data file is missing, unreadable or invalid; `problems` names each bad record. */
export class DataError extends Error {
  constructor(problems) {
    super(`invalid compliance data:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'DataError';
    this.problems = problems;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Reading and validating

function readJson(root, file, problems) {
  const full = path.join(root, DATA_DIR, file);
  let text;
  try {
    text = fs.readFileSync(full, 'utf8');
  } catch {
    problems.push(`${file}: missing (expected ${path.join(DATA_DIR, file)})`);
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    problems.push(`${file}: not valid JSON (${error.message})`);
    return undefined;
  }
}

const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNonEmptyString = (v) => typeof v === 'string' && v.trim() !== '';
const hasAtMostTwoDecimals = (n) => Math.abs(Math.round(n * 100) - n * 100) < 1e-6;
const quote = (v) => JSON.stringify(v);

function checkKeys(where, record, allowed, problems) {
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) problems.push(`${where}: unknown field ${quote(key)}`);
  }
  for (const key of allowed) {
    if (!(key in record)) problems.push(`${where}: missing field ${quote(key)}`);
  }
}

function checkText(where, field, value, { max, nullable = false }, problems) {
  if (value === null && nullable) return;
  if (!isNonEmptyString(value)) {
    problems.push(`${where}: ${field} must be a non-empty string${nullable ? ' or null' : ''}`);
  } else if (value.length > max) {
    problems.push(`${where}: ${field} is ${value.length} characters (max ${max})`);
  }
}

function checkTriState(where, field, value, problems) {
  if (value !== true && value !== false && value !== null) {
    problems.push(`${where}: ${field} must be true, false or null (got ${quote(value)})`);
  }
}

function checkBoolean(where, field, value, problems) {
  if (value !== true && value !== false)
    problems.push(`${where}: ${field} must be true or false (got ${quote(value)})`);
}

function checkEnum(where, field, value, allowed, { nullable = false } = {}, problems) {
  if (value === null && nullable) return;
  if (!allowed.includes(value)) {
    problems.push(`${where}: unknown ${field} value ${quote(value)} (expected ${allowed.join(', ')})`);
  }
}

function validateReasons(reasons, problems) {
  const file = DATA_FILES.reasons;
  if (!Array.isArray(reasons) || reasons.length === 0) {
    problems.push(`${file}: must be a non-empty array of { code, name }`);
    return;
  }
  const seen = new Set();
  reasons.forEach((reason, index) => {
    const where = `${file}: reason ${index + 1}${isObject(reason) && reason.code ? ` (${reason.code})` : ''}`;
    if (!isObject(reason)) {
      problems.push(`${where}: must be an object`);
      return;
    }
    checkKeys(where, reason, REASON_KEYS, problems);
    if (typeof reason.code !== 'string' || !DEVELOPER_NAME.test(reason.code) || reason.code.length > 20) {
      problems.push(
        `${where}: code ${quote(reason.code)} must be letters, digits or _ (max 20), starting with a letter`
      );
    } else if (seen.has(reason.code)) {
      problems.push(`${where}: duplicate code ${quote(reason.code)}`);
    }
    seen.add(reason.code);
    checkText(where, 'name', reason.name, { max: LABEL_MAX }, problems);
  });
}

function validateRules(rules, reasonCodes, problems) {
  const file = DATA_FILES.rules;
  if (!Array.isArray(rules) || rules.length === 0) {
    problems.push(`${file}: must be a non-empty array of jurisdiction records`);
    return;
  }
  const seen = new Set();
  rules.forEach((rule, index) => {
    const where = `${file}: record ${index + 1}${isObject(rule) && typeof rule.state === 'string' ? ` (${rule.state})` : ''}`;
    if (!isObject(rule)) {
      problems.push(`${where}: must be an object`);
      return;
    }
    checkKeys(where, rule, RULE_KEYS, problems);
    if (typeof rule.state !== 'string' || !/^[A-Z]{2}$/.test(rule.state)) {
      problems.push(`${where}: state ${quote(rule.state)} must be a two-letter USPS code in capitals`);
    } else if (seen.has(rule.state)) {
      problems.push(`${where}: duplicate state ${quote(rule.state)}`);
    }
    seen.add(rule.state);
    checkText(where, 'name', rule.name, { max: LABEL_MAX }, problems);
    checkEnum(where, 'filing', rule.filing, FILING_VALUES, {}, problems);

    if (rule.acceptedReasons !== null) {
      if (!Array.isArray(rule.acceptedReasons) || rule.acceptedReasons.length === 0) {
        problems.push(`${where}: acceptedReasons must be a non-empty array of reason codes or null`);
      } else {
        for (const code of rule.acceptedReasons) {
          if (!reasonCodes.has(code)) {
            problems.push(`${where}: reason code ${quote(code)} is not in ${DATA_FILES.reasons}`);
          }
        }
        if (new Set(rule.acceptedReasons).size !== rule.acceptedReasons.length) {
          problems.push(`${where}: acceptedReasons lists a code twice`);
        }
        const joined = rule.acceptedReasons.join(';');
        if (joined.length > 255)
          problems.push(`${where}: acceptedReasons joined is ${joined.length} characters (max 255)`);
      }
    }
    checkTriState(where, 'reasonRequired', rule.reasonRequired, problems);
    checkEnum(where, 'effectiveDate', rule.effectiveDate, EFFECTIVE_DATE_VALUES, {}, problems);
    if (rule.maxBackdateDays !== null) {
      if (!Number.isInteger(rule.maxBackdateDays) || rule.maxBackdateDays < 0 || rule.maxBackdateDays > 9999) {
        problems.push(
          `${where}: maxBackdateDays must be a whole number 0-9999 or null (got ${quote(rule.maxBackdateDays)})`
        );
      }
    }
    checkTriState(where, 'futureDateAllowed', rule.futureDateAllowed, problems);
    if (rule.stateFee !== null) {
      const fee = rule.stateFee;
      if (typeof fee !== 'number' || !Number.isFinite(fee) || fee < 0 || fee >= 1e6 || !hasAtMostTwoDecimals(fee)) {
        problems.push(`${where}: stateFee must be a USD amount 0-999999.99 or null (got ${quote(fee)})`);
      }
    }
    checkEnum(where, 'feeBasis', rule.feeBasis, FEE_BASIS_VALUES, { nullable: true }, problems);
    checkBoolean(where, 'forCauseOffline', rule.forCauseOffline, problems);
    checkText(where, 'renewalBlackout', rule.renewalBlackout, { max: 1000, nullable: true }, problems);
    checkText(where, 'notes', rule.notes, { max: 2000 }, problems);
    // A record with no source (MT, WV) is allowed only while it is marked unverified.
    if (!Array.isArray(rule.sources)) {
      problems.push(`${where}: missing sources (an array of URLs)`);
    } else if (rule.sources.length === 0 && rule.verified === true) {
      problems.push(`${where}: missing sources (a verified record must cite at least one URL)`);
    } else {
      for (const url of rule.sources) {
        if (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url)) {
          problems.push(`${where}: source ${quote(url)} is not an http(s) URL`);
        }
      }
      const joined = rule.sources.join('\n');
      if (joined.length > 2000) problems.push(`${where}: sources joined is ${joined.length} characters (max 2000)`);
    }
    checkBoolean(where, 'verified', rule.verified, problems);
  });
}

function validateSettings(settings, problems) {
  const where = DATA_FILES.settings;
  if (!isObject(settings)) {
    problems.push(`${where}: must be an object`);
    return;
  }
  checkKeys(where, settings, SETTINGS_KEYS, problems);
  const fee = settings.niprFeePerTransaction;
  if (typeof fee !== 'number' || !Number.isFinite(fee) || fee < 0 || fee >= 1e4 || !hasAtMostTwoDecimals(fee)) {
    problems.push(`${where}: niprFeePerTransaction must be a USD amount 0-9999.99 (got ${quote(fee)})`);
  }
  checkEnum(where, 'gatewayMode', settings.gatewayMode, GATEWAY_MODES, {}, problems);
  checkText(where, 'source', settings.source, { max: 1000 }, problems);
}

/**
 * Reads and validates the three data files under `root`.
 * @returns {{ rules: object[], reasons: object[], settings: object }}
 * @throws {DataError} naming every problem found
 */
export function loadData(root = REPO_ROOT) {
  const problems = [];
  const reasons = readJson(root, DATA_FILES.reasons, problems);
  const rules = readJson(root, DATA_FILES.rules, problems);
  const settings = readJson(root, DATA_FILES.settings, problems);
  if (reasons !== undefined) validateReasons(reasons, problems);
  const reasonCodes = new Set(Array.isArray(reasons) ? reasons.map((r) => r?.code) : []);
  if (rules !== undefined) validateRules(rules, reasonCodes, problems);
  if (settings !== undefined) validateSettings(settings, problems);
  if (problems.length > 0) throw new DataError(problems);
  return { rules, reasons, settings };
}

// ---------------------------------------------------------------------------------------------------------------
// Rendering

const escapeXml = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeComment = (s) => String(s).replace(/-{2,}/g, (m) => m.split('').join(' '));

const str = (field, value) => ({ field, type: 'string', value });
const num = (field, value) => ({ field, type: 'double', value });
const bool = (field, value) => ({ field, type: 'boolean', value });
const triState = (value) => (value === true ? 'Yes' : value === false ? 'No' : 'Unknown');

/** Compliance_Rule__mdt field values for one jurisdiction, mapped as in docs/design.md. */
export function complianceRuleValues(rule) {
  return [
    str('State_Code__c', rule.state),
    str('Filing__c', rule.filing),
    str('Accepted_Reasons__c', rule.acceptedReasons ? rule.acceptedReasons.join(';') : null),
    str('Reason_Required__c', triState(rule.reasonRequired)),
    str('Effective_Date_Usage__c', rule.effectiveDate),
    num('Max_Backdate_Days__c', rule.maxBackdateDays),
    str('Future_Date_Allowed__c', triState(rule.futureDateAllowed)),
    num('State_Fee__c', rule.stateFee),
    str('Fee_Basis__c', rule.feeBasis),
    bool('For_Cause_Offline__c', rule.forCauseOffline),
    str('Renewal_Blackout__c', rule.renewalBlackout),
    str('Notes__c', rule.notes),
    str('Source_URLs__c', rule.sources.join('\n')),
    bool('Verified__c', rule.verified)
  ];
}

/** Unformatted CustomMetadata XML for one record. */
export function recordXml({ sourceFile, comments = [], label, values }) {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<!-- Generated by scripts/generate-cmdt.mjs from ${DATA_DIR}/${sourceFile}. Do not edit by hand. -->`,
    ...comments.map((c) => `<!-- ${escapeComment(c)} -->`),
    '<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
    `<label>${escapeXml(label)}</label>`,
    '<protected>false</protected>'
  ];
  for (const { field, type, value } of values) {
    const blank = value === null || value === undefined || (typeof value === 'string' && value === '');
    const xmlValue = blank
      ? '<value xsi:nil="true"/>'
      : `<value xsi:type="xsd:${type}">${escapeXml(type === 'boolean' ? Boolean(value) : value)}</value>`;
    lines.push(`<values><field>${field}</field>${xmlValue}</values>`);
  }
  lines.push('</CustomMetadata>');
  return `${lines.join('\n')}\n`;
}

/** The records to generate, keyed by path relative to the root (POSIX separators), before formatting. */
export function buildRecords(data) {
  const records = new Map();
  const add = (type, name, record) => records.set(`${CMDT_DIR}/${type}.${name}.md-meta.xml`, recordXml(record));

  for (const rule of data.rules) {
    add('Compliance_Rule', rule.state, {
      sourceFile: DATA_FILES.rules,
      label: rule.name,
      values: complianceRuleValues(rule)
    });
  }
  data.reasons.forEach((reason, index) => {
    add('Termination_Reason', reason.code, {
      sourceFile: DATA_FILES.reasons,
      label: reason.name,
      values: [str('Code__c', reason.code), num('Sort_Order__c', index + 1)]
    });
  });
  add('Offboarding_Setting', 'Default', {
    sourceFile: DATA_FILES.settings,
    comments: [`Source: ${data.settings.source}`],
    label: 'Default',
    values: [
      num('NIPR_Fee_Per_Transaction__c', data.settings.niprFeePerTransaction),
      str('Gateway_Mode__c', data.settings.gatewayMode)
    ]
  });
  return records;
}

async function prettierOptions(root, relPath) {
  const options =
    (await prettier.resolveConfig(path.join(root, relPath), { editorconfig: true })) ??
    (await prettier.resolveConfig(path.join(REPO_ROOT, relPath), { editorconfig: true })) ??
    {};
  // The plugin is passed as a module so it resolves from this script, whatever `root` is.
  return { ...options, plugins: [xmlPlugin], parser: 'xml', filepath: path.join(root, relPath) };
}

/**
 * Renders every generated record, formatted with the repository's Prettier configuration.
 * @returns {Promise<Map<string, string>>} path relative to `root` (POSIX separators) -> file content
 * @throws {DataError} when the data files are invalid
 */
export async function renderAll({ root = REPO_ROOT } = {}) {
  const records = buildRecords(loadData(root));
  const rendered = new Map();
  for (const [relPath, xml] of records) {
    rendered.set(relPath, await prettier.format(xml, await prettierOptions(root, relPath)));
  }
  return rendered;
}

function existingGeneratedFiles(root) {
  const dir = path.join(root, CMDT_DIR);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => GENERATED_FILE.test(name))
    .map((name) => `${CMDT_DIR}/${name}`)
    .sort();
}

/**
 * Compares the generated records with the files under `root` without writing anything.
 * @returns {Promise<{ missing: string[], extra: string[], differs: string[], inSync: boolean }>}
 */
export async function checkSync({ root = REPO_ROOT } = {}) {
  const rendered = await renderAll({ root });
  const missing = [];
  const differs = [];
  for (const [relPath, content] of rendered) {
    const full = path.join(root, relPath);
    if (!fs.existsSync(full)) missing.push(relPath);
    else if (fs.readFileSync(full, 'utf8') !== content) differs.push(relPath);
  }
  const extra = existingGeneratedFiles(root).filter((relPath) => !rendered.has(relPath));
  return { missing, extra, differs, inSync: missing.length + extra.length + differs.length === 0 };
}

/**
 * Writes the generated records under `root` (only files whose content changed) and deletes stale ones.
 * @returns {Promise<{ written: string[], unchanged: string[], deleted: string[] }>}
 */
export async function writeAll({ root = REPO_ROOT } = {}) {
  const rendered = await renderAll({ root });
  fs.mkdirSync(path.join(root, CMDT_DIR), { recursive: true });
  const written = [];
  const unchanged = [];
  for (const [relPath, content] of rendered) {
    const full = path.join(root, relPath);
    if (fs.existsSync(full) && fs.readFileSync(full, 'utf8') === content) {
      unchanged.push(relPath);
    } else {
      fs.writeFileSync(full, content);
      written.push(relPath);
    }
  }
  const deleted = existingGeneratedFiles(root).filter((relPath) => !rendered.has(relPath));
  for (const relPath of deleted) fs.rmSync(path.join(root, relPath));
  return { written, unchanged, deleted };
}

// ---------------------------------------------------------------------------------------------------------------
// Command line

const USAGE = 'usage: node scripts/generate-cmdt.mjs [--check] [--root <dir>]';

export function parseArgs(argv) {
  const args = { check: false, root: REPO_ROOT, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') args.check = true;
    else if (arg === '--help' || arg === '-h') args.help = true;
    else if (arg === '--root' && argv[i + 1] !== undefined) args.root = path.resolve(argv[++i]);
    else if (arg.startsWith('--root=')) args.root = path.resolve(arg.slice('--root='.length));
    else throw new Error(`unknown or incomplete argument ${quote(arg)}\n${USAGE}`);
  }
  return args;
}

/** Runs the command line; returns the exit code. */
export async function main(argv = process.argv.slice(2), { log = console.log, error = console.error } = {}) {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    error(e.message);
    return 2;
  }
  if (args.help) {
    log(USAGE);
    return 0;
  }
  try {
    if (args.check) {
      const { missing, extra, differs, inSync } = await checkSync({ root: args.root });
      for (const relPath of [...missing, ...extra, ...differs].sort()) {
        error(`out of sync: ${relPath} — run npm run generate`);
      }
      if (!inSync) {
        error(
          `generate-cmdt: ${missing.length} missing, ${extra.length} extra, ${differs.length} differing file(s) in ${CMDT_DIR}`
        );
        return 1;
      }
      log(`generate-cmdt: ${CMDT_DIR} is in sync with ${DATA_DIR}`);
      return 0;
    }
    const { written, unchanged, deleted } = await writeAll({ root: args.root });
    for (const relPath of deleted) log(`deleted ${relPath}`);
    log(`generate-cmdt: ${written.length} written, ${unchanged.length} unchanged, ${deleted.length} deleted`);
    return 0;
  } catch (e) {
    if (e instanceof DataError) {
      error(e.message);
      return 1;
    }
    throw e;
  }
}

function invokedDirectly() {
  try {
    return Boolean(process.argv[1]) && fs.realpathSync(path.resolve(process.argv[1])) === fs.realpathSync(SCRIPT_PATH);
  } catch {
    return false;
  }
}
if (invokedDirectly()) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      console.error(e);
      process.exitCode = 1;
    }
  );
}
