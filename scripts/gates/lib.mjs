// Shared helpers for the quality gates in this folder.
//
// A gate is a module exporting `async function run({ root })` that resolves to
//   { name, ok, problems: [{ file, line, col, message }], warnings?, counts?, note? }
// where `file` is relative to root (posix separators), `warnings` has the same shape as `problems` but does not
// fail the gate, `counts` ({ passed, failed }) reports test counts (jest, gate-proofs) and `note` is a short
// one-line summary (e.g. "12 low-severity violations").
// Every gate is also runnable alone: `node scripts/gates/<gate>.mjs [--root dir]`.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Root of the repository these gate scripts live in (tools are resolved from its node_modules). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Absolute path of a file inside an installed (top-level) package, e.g. resolvePackageFile('typescript', 'bin/tsc'). */
export function resolvePackageFile(pkg, file) {
  const abs = path.join(REPO_ROOT, 'node_modules', ...pkg.split('/'), file);
  if (!fs.existsSync(abs)) throw new Error(`missing dependency: ${pkg}/${file} (run npm install)`);
  return abs;
}

/** Environment for every child process: no telemetry, no auto-update, no colour, no prompts. */
export function quietEnv(extra = {}) {
  return {
    ...process.env,
    SF_AUTOUPDATE_DISABLE: 'true',
    SF_DISABLE_AUTOUPDATE: 'true',
    SF_DISABLE_TELEMETRY: 'true',
    SFDX_DISABLE_TELEMETRY: 'true',
    SF_DISABLE_LOG_FILE: 'true',
    SF_SKIP_NEW_VERSION_CHECK: 'true',
    SF_USE_PROGRESS_BAR: 'false',
    SF_HIDE_RELEASE_NOTES: 'true',
    SF_HIDE_RELEASE_NOTES_FOOTER: 'true',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...extra
  };
}

/**
 * Runs a command and captures its output. Never throws for a non-zero exit; `code` is null when the process
 * was killed (timeout) and `error` is set when it could not be started.
 */
export function exec(cmd, args, { cwd, env = quietEnv(), timeoutMs = 15 * 60 * 1000, input } = {}) {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    let child;
    try {
      child = spawn(cmd, args, { cwd, env, detached: process.platform !== 'win32', stdio: 'pipe' });
    } catch (error) {
      resolve({ code: null, stdout, stderr, error, timedOut });
      return;
    }
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    if (input !== undefined) child.stdin.end(input);
    else child.stdin.end();
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, stdout, stderr, error, timedOut });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

/** Runs a Node CLI script (absolute path) with the current node binary. */
export function execNode(script, args, options) {
  return exec(process.execPath, [script, ...args], options);
}

/** Posix path of `abs` relative to `root`. */
export function rel(root, abs) {
  return path.relative(root, abs).split(path.sep).join('/');
}

const ALWAYS_SKIPPED_DIRS = new Set(['node_modules', '.git', '.sfdx', '.sf', 'coverage', '.converted', 'test-results']);

/** Recursively lists files under `dir` (absolute paths, sorted) for which `filter(abs)` is true. */
export function walk(dir, filter = () => true, skipDirs = ALWAYS_SKIPPED_DIRS) {
  const out = [];
  const visit = (d) => {
    let entries;
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!skipDirs.has(e.name)) visit(abs);
      } else if (e.isFile() && filter(abs)) {
        out.push(abs);
      }
    }
  };
  visit(dir);
  return out;
}

/** 1-based line and column of a character offset in `text`. */
export function lineColAt(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: offset - lineStart + 1 };
}

/** Builds a problem record. */
export function problem(file, line, col, message) {
  return { file: file || '.', line: line || 1, col: col || 1, message: String(message).trim() };
}

/** Last lines of a tool's output, for messages when its output could not be parsed. */
export function tail(text, lines = 15) {
  return String(text || '')
    .trim()
    .split('\n')
    .slice(-lines)
    .join('\n');
}

export function formatProblem(p) {
  return `${p.file}:${p.line}:${p.col}: ${p.message}`;
}

/** Prints problems, at most `cap` of them, each line prefixed by `indent`. */
export function printProblems(problems, { cap = 50, indent = '', out = console.log } = {}) {
  for (const p of problems.slice(0, cap)) {
    out(
      indent +
        formatProblem(p)
          .split('\n')
          .join('\n' + indent + '    ')
    );
  }
  if (problems.length > cap) out(`${indent}… and ${problems.length - cap} more`);
}

/** Parses `--root dir` (default: current directory) from argv. */
export function parseRootArg(argv = process.argv.slice(2)) {
  const i = argv.indexOf('--root');
  if (i >= 0 && argv[i + 1]) return path.resolve(argv[i + 1]);
  const eq = argv.find((a) => a.startsWith('--root='));
  if (eq) return path.resolve(eq.slice('--root='.length));
  return process.cwd();
}

/** True when the module at `metaUrl` is the script node was started with. */
export function isMain(metaUrl) {
  if (!process.argv[1]) return false;
  try {
    return (
      pathToFileURL(fs.realpathSync(process.argv[1])).href ===
      pathToFileURL(fs.realpathSync(fileURLToPath(metaUrl))).href
    );
  } catch {
    return false;
  }
}

/**
 * CLI entry for a single gate: runs it on --root, prints its problems (uncapped) and warnings, exits 1 on failure.
 */
export async function runGateCli(metaUrl, run) {
  if (!isMain(metaUrl)) return;
  const root = parseRootArg();
  const started = Date.now();
  let result;
  try {
    result = await run({ root });
  } catch (error) {
    result = {
      name: path.basename(fileURLToPath(metaUrl), '.mjs'),
      ok: false,
      problems: [problem('.', 1, 1, `gate crashed: ${error?.stack || error}`)]
    };
  }
  printProblems(result.problems, { cap: Infinity });
  if (result.warnings?.length) {
    console.log(`warnings (${result.warnings.length}, not failing):`);
    printProblems(result.warnings, { cap: Infinity, indent: '  ' });
  }
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const extra = [result.note, result.counts && `${result.counts.passed} passed, ${result.counts.failed} failed`]
    .filter(Boolean)
    .join('; ');
  console.log(`${result.ok ? '✔' : '✖'} ${result.name} (${secs}s)${extra ? ` — ${extra}` : ''}`);
  process.exitCode = result.ok ? 0 : 1;
}
