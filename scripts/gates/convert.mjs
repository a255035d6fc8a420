// Gate 9 — convert: `sf project convert source --root-dir force-app --output-dir <tmp>` must succeed, i.e. the
// Salesforce CLI can turn the source into a Metadata API package (every file's type can be inferred, bundles and
// decomposed objects are complete). Runs offline: telemetry, auto-update and the new-version check are off.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execNode, problem, quietEnv, rel, resolvePackageFile, runGateCli, tail } from './lib.mjs';

const NAME = 'convert';

export async function run({ root }) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'gate-convert-'));
  const outputDir = path.join(out, 'mdapi');
  try {
    const sf = resolvePackageFile('@salesforce/cli', 'bin/run.js');
    const res = await execNode(
      sf,
      ['project', 'convert', 'source', '--root-dir', 'force-app', '--output-dir', outputDir, '--json'],
      { cwd: root, env: quietEnv({ SF_JSON_TO_STDOUT: 'true' }), timeoutMs: 5 * 60 * 1000 }
    );
    let json = null;
    try {
      json = JSON.parse(res.stdout.slice(res.stdout.indexOf('{')));
    } catch {
      // handled below
    }
    if (res.code === 0 && json?.status === 0) {
      const count = fs.existsSync(outputDir) ? fs.readdirSync(outputDir).length : 0;
      return { name: NAME, ok: true, problems: [], note: `${count} entries in the converted package` };
    }
    const message = json?.message ?? tail(res.stderr || res.stdout);
    // Messages usually start with the absolute path of the offending file.
    let file = 'force-app';
    const m = /^(\/[^:]+):\s*(.*)$/s.exec(message);
    let text = message;
    if (m && m[1].startsWith(root)) {
      file = rel(root, m[1]);
      text = m[2];
    }
    const hints = (json?.actions ?? []).filter((a) => a && !a.startsWith('Additional suggestions')).slice(0, 4);
    return {
      name: NAME,
      ok: false,
      problems: [
        problem(
          file,
          1,
          1,
          `sf project convert source failed: ${json?.name ? `${json.name}: ` : ''}${text}${hints.length ? '\n' + hints.join('\n') : ''}`
        )
      ]
    };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

await runGateCli(import.meta.url, run);
