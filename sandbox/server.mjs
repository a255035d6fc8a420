// The sandbox server (node:http, no framework): serves the built app (sandbox/dist), SLDS's assets, the Apex
// stand-ins at POST /api/apex/<Class>.<method>, Lightning Data Service's record reads and updates at
// /api/ui-api/records/<id> (GET ?fields=&optionalFields=, PATCH { fields }), and the shell's data at /api/sandbox/*,
// over one in-memory sample org. `node sandbox/server.mjs` (after `npm run sandbox:build`), or `npm start` (build, then serve).
// Environment: PORT (default 3100), HOST (default 127.0.0.1), SANDBOX_TODAY (YYYY-MM-DD: a fixed date for every user).
// State-changing requests (POST, PATCH, PUT, DELETE) must come from the sandbox's own origin: a Host that names this
// server and, when the browser sends one, the same Origin (else 403). A malformed cookie or URL escape is harmless.
// Sandbox-only endpoints of issue 10: GET/POST /api/sandbox/config (the org's NIPR gateway mode and timeout, and the
// simulated NIPR's lost-answer fault) and GET /api/sandbox/gateway (every filing the simulated NIPR received).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync, createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const SANDBOX_DIR = dirname(fileURLToPath(import.meta.url));
const ROOT_DIR = join(SANDBOX_DIR, '..');
const DIST_DIR = join(SANDBOX_DIR, 'dist');
const SLDS_ASSETS = join(dirname(require.resolve('@salesforce-ux/design-system/package.json')), 'assets');
const USER_COOKIE = 'sbx_user';
const MAX_BODY = 1024 * 1024;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2'
};

function readJson(...segments) {
  return JSON.parse(readFileSync(join(...segments), 'utf8'));
}

/** The sample org's data files. */
export function loadData() {
  const compliance = join(ROOT_DIR, 'data', 'compliance');
  return {
    seed: readJson(SANDBOX_DIR, 'data', 'sample-org.json'),
    users: readJson(SANDBOX_DIR, 'data', 'users.json'),
    rules: readJson(compliance, 'state-termination-rules.json'),
    reasons: readJson(compliance, 'termination-reasons.json'),
    settings: readJson(compliance, 'settings.json'),
    gatewayConfig: readJson(SANDBOX_DIR, 'data', 'nipr-gateway-config.json')
  };
}

function send(response, status, body, headers = {}) {
  response.writeHead(status, { 'cache-control': 'no-store', ...headers });
  response.end(body);
}

function sendJson(response, status, text, headers = {}) {
  send(response, status, text, { 'content-type': 'application/json; charset=utf-8', ...headers });
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    request.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('Request body too large'));
        request.destroy();
      } else {
        chunks.push(chunk);
      }
    });
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      try {
        resolve(text === '' ? {} : JSON.parse(text));
      } catch {
        reject(new Error('The request body is not JSON'));
      }
    });
    request.on('error', reject);
  });
}

/** decodeURIComponent, or null for a malformed escape (never throws). */
function safeDecode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** A cookie's value; null when absent or malformed (a bad Cookie header is ignored, never fatal). */
export function cookieValue(request, name) {
  const pair = String(request.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name);
  return pair ? safeDecode(pair[1] ?? '') : null;
}

const STATE_CHANGING = new Set(['POST', 'PATCH', 'PUT', 'DELETE']);

/**
 * Whether a state-changing request may run: its Host must name this server (127.0.0.1, localhost or the configured
 * host, on its port: no DNS rebinding), and its Origin, when present, must be `http://<that Host>`. Browsers send
 * Origin on every cross-origin POST and on same-origin POST/PATCH; Playwright's page.request sends none (and a
 * matching Host), so it passes. `Sec-Fetch-Site: cross-site` / `same-site` is refused too.
 * @returns null when allowed, else the reason
 */
export function crossOriginProblem(request, { host, port }) {
  if (!STATE_CHANGING.has(request.method)) {
    return null;
  }
  const hostHeader = String(request.headers.host ?? '').toLowerCase();
  const allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`, `${host}:${port}`]);
  if (!allowedHosts.has(hostHeader)) {
    return `The Host "${hostHeader}" is not this sandbox.`;
  }
  const origin = request.headers.origin;
  if (origin !== undefined && String(origin).toLowerCase() !== `http://${hostHeader}`) {
    return `Cross-origin requests are refused (Origin ${origin}).`;
  }
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') {
    return `Cross-site requests are refused (Sec-Fetch-Site ${site}).`;
  }
  return null;
}

/** A file under `base` for a URL path, or null (no escaping `base`, directories or missing files). */
function fileUnder(base, urlPath) {
  const decoded = safeDecode(urlPath);
  if (decoded === null) {
    return null;
  }
  const file = normalize(join(base, decoded));
  if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
    return null;
  }
  return file;
}

function sendFile(response, file) {
  response.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': file.startsWith(SLDS_ASSETS) ? 'max-age=3600' : 'no-cache'
  });
  createReadStream(file).pipe(response);
}

function sessionOf(org, user) {
  return {
    user: { key: user.key, id: user.Id, name: user.name, title: user.title, permissions: user.permissions },
    users: org.users().map(({ key, name, title }) => ({ key, name, title })),
    today: org.today(user)
  };
}

/** index.html with the session of the request's sample user (read by the custom permission shims). */
function sendPage(response, org, user, distDir) {
  const template = readFileSync(join(distDir, 'index.html'), 'utf8');
  // `<` escaped so that no value can close the script element.
  const session = JSON.stringify(sessionOf(org, user)).replace(/</g, '\\u003c');
  send(response, 200, template.replace('__SBX_SESSION__', session), { 'content-type': TYPES['.html'] });
}

async function handleSandboxApi(request, response, org, user, path) {
  if (request.method === 'GET' && path === 'health') {
    return sendJson(response, 200, JSON.stringify({ ok: true }));
  }
  if (request.method === 'GET' && path === 'session') {
    return sendJson(response, 200, JSON.stringify(sessionOf(org, user)));
  }
  if (request.method === 'POST' && path === 'session') {
    const { user: key } = await readBody(request);
    const chosen = org.users().find((candidate) => candidate.key === key);
    if (!chosen) {
      return sendJson(response, 400, JSON.stringify({ message: `There is no sample user "${key}".` }));
    }
    return sendJson(response, 200, JSON.stringify(sessionOf(org, chosen)), {
      'set-cookie': `${USER_COOKIE}=${encodeURIComponent(chosen.key)}; Path=/; SameSite=Lax`
    });
  }
  if (request.method === 'POST' && path === 'reset') {
    org.reset();
    return sendJson(response, 200, JSON.stringify({ ok: true }));
  }
  // Sandbox only: the org's NIPR_Gateway_Config__c until the next reset. POST { mode: 'Simulated' | 'Live' | null,
  // submitTimeoutMinutes?, loseAnswers? } → the gateway status (getGatewayStatus's shape).
  if (request.method === 'GET' && path === 'config') {
    return sendJson(response, 200, JSON.stringify(org.gatewayStatus()));
  }
  if (request.method === 'POST' && path === 'config') {
    const body = await readBody(request);
    return sendJson(response, 200, JSON.stringify(org.configure(body ?? {})));
  }
  // Sandbox only: what the simulated NIPR received. `filings`: one per idempotency key it filed; `received`: every
  // filing sent to it (a resend or a second submission of a key shows here with `duplicate: true`, not in filings).
  if (request.method === 'GET' && path === 'gateway') {
    return sendJson(response, 200, JSON.stringify(org.gatewayLog()));
  }
  if (request.method === 'GET' && path === 'producers') {
    return sendJson(response, 200, JSON.stringify(org.listProducers()));
  }
  const record = /^records\/([^/]+)$/.exec(path);
  if (request.method === 'GET' && record) {
    const page = org.getRecordPage(record[1]);
    return page
      ? sendJson(response, 200, JSON.stringify(page))
      : sendJson(response, 404, JSON.stringify({ message: `There is no record with the Id ${record[1]}.` }));
  }
  return sendJson(response, 404, JSON.stringify({ message: `Unknown sandbox API: ${request.method} ${path}` }));
}

async function handleApex(request, response, org, user, name) {
  if (request.method !== 'POST') {
    return sendJson(response, 405, JSON.stringify({ message: 'Apex methods are called with POST.' }));
  }
  let params;
  try {
    params = await readBody(request);
  } catch (error) {
    return sendJson(response, 400, JSON.stringify({ message: error.message }));
  }
  try {
    const result = org.callApex(name, params, user);
    return sendJson(response, 200, org.toApexJson(result === undefined ? null : result));
  } catch (error) {
    if (!(error instanceof org.AuraHandledException)) {
      console.error(`sandbox: ${name} failed:`, error);
    }
    return sendJson(response, 500, JSON.stringify(org.errorBody(error)));
  }
}

/** The UI API's record resource (shims/lightning/uiRecordApi.js): GET reads fields, PATCH updates them. */
async function handleUiApi(request, response, org, user, path, query) {
  const match = /^records\/([^/]+)$/.exec(path);
  if (!match) {
    return sendJson(response, 404, JSON.stringify({ message: `Unknown UI API resource: ${path}` }));
  }
  const list = (name) => (query.get(name) ?? '').split(',').filter((field) => field !== '');
  try {
    if (request.method === 'GET') {
      const record = org.getRecordUi(match[1], list('fields'), list('optionalFields'));
      return sendJson(response, 200, JSON.stringify(record));
    }
    if (request.method === 'PATCH') {
      const { fields } = await readBody(request);
      return sendJson(response, 200, JSON.stringify(org.updateRecordUi(match[1], fields, user)));
    }
    return sendJson(response, 405, JSON.stringify({ message: 'Records are read with GET and updated with PATCH.' }));
  } catch (error) {
    if (error instanceof org.UiApiError) {
      return sendJson(response, error.status, JSON.stringify(error.body));
    }
    throw error;
  }
}

/** Starts the server; resolves with `{ server, url, org }`. */
export async function startServer({
  port = Number(process.env.PORT ?? 3100),
  host = process.env.HOST ?? '127.0.0.1',
  distDir = DIST_DIR
} = {}) {
  const orgModule = join(distDir, 'org.mjs');
  if (!existsSync(orgModule) || !existsSync(join(distDir, 'app.js'))) {
    throw new Error('sandbox/dist is missing: run `npm run sandbox:build` (or `npm start`) first.');
  }
  const { createOrg, AuraHandledException, UiApiError, errorBody, toApexJson } = await import(
    pathToFileURL(orgModule).href
  );
  const org = Object.assign(createOrg(loadData(), { today: process.env.SANDBOX_TODAY || undefined }), {
    AuraHandledException,
    UiApiError,
    errorBody,
    toApexJson
  });

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://sandbox');
      const user = org.user(cookieValue(request, USER_COOKIE));
      const refused = crossOriginProblem(request, { host, port: server.address().port });
      if (refused) {
        return sendJson(response, 403, JSON.stringify({ message: refused }));
      }
      const apiPath = (prefix) => safeDecode(url.pathname.slice(prefix.length));
      if (url.pathname.startsWith('/api/') && apiPath('/api/') === null) {
        return sendJson(response, 400, JSON.stringify({ message: 'The URL has a malformed escape.' }));
      }
      if (url.pathname.startsWith('/api/apex/')) {
        return await handleApex(request, response, org, user, apiPath('/api/apex/'));
      }
      if (url.pathname.startsWith('/api/ui-api/')) {
        return await handleUiApi(request, response, org, user, apiPath('/api/ui-api/'), url.searchParams);
      }
      if (url.pathname.startsWith('/api/sandbox/')) {
        return await handleSandboxApi(request, response, org, user, url.pathname.slice(13));
      }
      if (url.pathname.startsWith('/api/')) {
        return sendJson(response, 404, JSON.stringify({ message: 'Unknown API' }));
      }
      if (url.pathname.startsWith('/assets/')) {
        const file = fileUnder(SLDS_ASSETS, url.pathname.slice(8));
        return file ? sendFile(response, file) : send(response, 404, 'Not found');
      }
      const file = url.pathname === '/index.html' ? null : fileUnder(distDir, url.pathname.slice(1));
      if (file) {
        return sendFile(response, file);
      }
      if (extname(url.pathname) !== '') {
        return send(response, 404, 'Not found');
      }
      // Every other path is a page of the app (/lightning/...): the app routes it.
      return sendPage(response, org, user, distDir);
    } catch (error) {
      console.error('sandbox: request failed:', error);
      if (!response.headersSent) {
        sendJson(response, 500, JSON.stringify({ message: String(error?.message ?? error) }));
      } else {
        response.end();
      }
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address();
  const url = `http://${host}:${address.port}/`;
  return { server, url, org };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  startServer()
    .then(({ url }) => console.log(`sandbox: serving the Producer Offboarding sandbox at ${url}`))
    .catch((error) => {
      console.error(`sandbox: ${error.message}`);
      process.exit(1);
    });
}
