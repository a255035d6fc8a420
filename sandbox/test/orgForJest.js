// Helpers of the sandbox's Jest tests (sandbox/__tests__): builds the org bundle in a temporary directory through
// sandbox/test/harness.mjs (a child process: Jest cannot import the ES modules) and loads it with require.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');
const HARNESS = path.join(__dirname, 'harness.mjs');

/** A temporary directory with org.cjs, org.mjs and the stub app. */
function buildOrgBundle() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-org-'));
  execFileSync(process.execPath, [HARNESS, 'build', dir], { cwd: ROOT, stdio: 'pipe' });
  return dir;
}

function readJson(...segments) {
  return JSON.parse(fs.readFileSync(path.join(ROOT, ...segments), 'utf8'));
}

/** The sample org's data, as sandbox/server.mjs loadData() reads it. */
function loadData() {
  return {
    seed: readJson('sandbox', 'data', 'sample-org.json'),
    users: readJson('sandbox', 'data', 'users.json'),
    rules: readJson('data', 'compliance', 'state-termination-rules.json'),
    reasons: readJson('data', 'compliance', 'termination-reasons.json'),
    settings: readJson('data', 'compliance', 'settings.json'),
    gatewayConfig: readJson('sandbox', 'data', 'nipr-gateway-config.json')
  };
}

/**
 * Builds the org bundle once for the calling test file (beforeAll) and removes it afterwards (afterAll); the
 * returned function gives the loaded module (`createOrg`, `UiApiError`, …) inside the tests.
 */
function useOrgBundle() {
  let bundleDir;
  let orgModule;
  beforeAll(() => {
    bundleDir = buildOrgBundle();
    orgModule = require(path.join(bundleDir, 'org.cjs'));
  }, 120_000);
  afterAll(() => {
    fs.rmSync(bundleDir, { recursive: true, force: true });
  });
  return () => orgModule;
}

module.exports = { HARNESS, ROOT, buildOrgBundle, loadData, useOrgBundle };
