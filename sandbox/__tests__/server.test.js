/**
 * @jest-environment node
 */
// sandbox/server.mjs over HTTP (issue 10 point 10): a malformed Cookie header is harmless, state-changing requests
// from another origin are refused, Apex method names resolve to the stand-ins' own entries only, and the sandbox-only
// config / gateway endpoints. The server runs in a child process (sandbox/test/harness.mjs serve) on 127.0.0.1.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { HARNESS, ROOT } = require('../test/orgForJest');

let child;
let base;
let dir;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sandbox-server-'));
  child = spawn(process.execPath, [HARNESS, 'serve', dir], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  base = await new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line) {
        resolve(new URL(JSON.parse(line).url));
      }
    });
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.on('exit', (code) => reject(new Error(`the sandbox server exited (${code}): ${err}`)));
  });
}, 120_000);

afterAll(() => {
  child?.kill();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** One HTTP request with exactly these headers; resolves with `{ status, body }` (body parsed when JSON). */
function request(method, pathname, { headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const text = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        method,
        path: pathname,
        headers: {
          host: base.host,
          ...(text === undefined
            ? {}
            : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) }),
          ...headers
        }
      },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          let parsed = raw;
          try {
            parsed = JSON.parse(raw);
          } catch {
            // not JSON
          }
          resolve({ status: res.statusCode, body: parsed, headers: res.headers });
        });
      }
    );
    req.on('error', reject);
    if (text !== undefined) {
      req.write(text);
    }
    req.end();
  });
}

async function healthy() {
  expect((await request('GET', '/api/sandbox/health')).status).toBe(200);
}

describe('a malformed Cookie header', () => {
  test.each(['sbx_user=%E0%A4%A', 'sbx_user=%', '=;;sbx_user', 'sbx_user=%ZZ; other=%'])(
    '%s: the request is served as the default sample user and the server stays up',
    async (cookie) => {
      const session = await request('GET', '/api/sandbox/session', { headers: { cookie } });
      expect(session.status).toBe(200);
      expect(session.body.user.key).toBe('specialist');
      const page = await request('GET', '/lightning/n/NIPR_Transactions', { headers: { cookie } });
      expect(page.status).toBe(200);
      await healthy();
    }
  );

  test('a malformed escape in an API path is a 400, not a crash', async () => {
    const response = await request('POST', '/api/apex/%E0%A4%A', { body: {} });
    expect(response.status).toBe(400);
    await healthy();
  });
});

describe('state-changing requests from another origin', () => {
  test('a cross-origin POST is refused with 403 and changes nothing', async () => {
    const before = await request('GET', '/api/sandbox/config');
    const response = await request('POST', '/api/sandbox/config', {
      headers: { origin: 'http://evil.example' },
      body: { mode: null }
    });
    expect(response.status).toBe(403);
    expect(response.body.message).toBe('Cross-origin requests are refused (Origin http://evil.example).');
    expect((await request('GET', '/api/sandbox/config')).body).toEqual(before.body);
  });

  test('an Apex call or UI API PATCH from another origin or a foreign Host is refused', async () => {
    const apex = await request('POST', '/api/apex/NiprTransactionController.getGatewayStatus', {
      headers: { origin: 'null' },
      body: {}
    });
    expect(apex.status).toBe(403);
    const rebinding = await request('PATCH', '/api/ui-api/records/0038d000000S001AAA', {
      headers: { host: `attacker.example:${base.port}` },
      body: { fields: { NIPR_Tracking__c: 'Inactive' } }
    });
    expect(rebinding.status).toBe(403);
    const crossSite = await request('POST', '/api/sandbox/reset', { headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
  });

  test("same-origin requests (the app's fetch) and requests without Origin (Playwright's page.request) are served", async () => {
    const sameOrigin = await request('POST', '/api/sandbox/reset', {
      headers: { origin: `http://${base.host}`, 'sec-fetch-site': 'same-origin' }
    });
    expect(sameOrigin.status).toBe(200);
    const noOrigin = await request('POST', '/api/apex/NiprTransactionController.getGatewayStatus', { body: {} });
    expect(noOrigin.status).toBe(200);
    expect(noOrigin.body.mode).toBe('Simulated');
    const localhost = await request('POST', '/api/sandbox/reset', { headers: { host: `localhost:${base.port}` } });
    expect(localhost.status).toBe(200);
  });
});

describe('Apex method names', () => {
  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'NiprTransactionController.constructor'])(
    '%s is not an Apex action: the platform error, the server stays up',
    async (name) => {
      const response = await request('POST', `/api/apex/${name}`, { body: {} });
      expect(response.status).toBe(500);
      expect(response.body).toEqual({
        message: `Unable to find Apex action: ${name}. The sandbox does not implement it.`,
        exceptionType: 'System.AuraHandledException',
        isUserDefinedException: false,
        stackTrace: null
      });
      await healthy();
    }
  );
});

describe('sandbox-only endpoints', () => {
  test('POST /api/sandbox/config sets the mode until the next reset; GET /api/sandbox/gateway lists filings', async () => {
    await request('POST', '/api/sandbox/reset');
    const notConfigured = await request('POST', '/api/sandbox/config', { body: { mode: null } });
    expect(notConfigured.body.mode).toBe('Not Configured');
    const status = await request('POST', '/api/apex/NiprTransactionController.getGatewayStatus', { body: {} });
    expect(status.body.mode).toBe('Not Configured');
    await request('POST', '/api/sandbox/reset');
    expect((await request('GET', '/api/sandbox/config')).body.mode).toBe('Simulated');
    expect((await request('GET', '/api/sandbox/gateway')).body).toEqual({ filings: [], received: [], loseAnswers: 0 });
  });
});
