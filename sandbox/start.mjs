// `npm start`: builds the sandbox (sandbox/build.mjs), then serves it (sandbox/server.mjs) and prints its URL.
import { build } from './build.mjs';
import { startServer } from './server.mjs';

try {
  await build();
  const { url } = await startServer();
  console.log(`sandbox: serving the Producer Offboarding sandbox at ${url}`);
  console.log('sandbox: open it in Chromium; Ctrl+C stops the server.');
} catch (error) {
  console.error(`sandbox: ${error?.stack ?? error}`);
  process.exit(1);
}
