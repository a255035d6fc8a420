// Playwright end-to-end tests of the sandbox (`npm run test:e2e`): Debian's Chromium (no browser download), headless,
// one worker against one sandbox server, which Playwright starts (build, then serve) on a free port.
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_LAUNCH_OPTIONS } from './chromium.mjs';

const SANDBOX_DIR = dirname(fileURLToPath(import.meta.url));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

// Workers load this file again: the port chosen first is passed on through the environment.
process.env.SANDBOX_E2E_PORT ??= String(await freePort());
const BASE_URL = `http://127.0.0.1:${process.env.SANDBOX_E2E_PORT}`;

export default defineConfig({
  testDir: join(SANDBOX_DIR, 'e2e'),
  testMatch: '**/*.spec.mjs',
  outputDir: join(SANDBOX_DIR, '..', 'test-results', 'e2e'),
  workers: 1,
  fullyParallel: false,
  forbidOnly: true,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    locale: 'en-US',
    timezoneId: 'America/Los_Angeles',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS
  },
  webServer: {
    command: 'node sandbox/start.mjs',
    cwd: join(SANDBOX_DIR, '..'),
    url: `${BASE_URL}/api/sandbox/health`,
    env: { PORT: process.env.SANDBOX_E2E_PORT },
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe'
  }
});
