// How the end-to-end tests and the screenshot script launch Chromium: Debian's /usr/bin/chromium (or CHROMIUM_PATH),
// headless, no sandbox, no GPU, nothing fetched in the background (Playwright downloads no browser of its own).
export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run'
  ]
};
