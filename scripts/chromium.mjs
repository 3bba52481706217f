// Finds the Chromium that tests, screenshots and benchmarks drive. Playwright cannot download a
// browser on our machines, so we always launch an installed one: $CHROME_PATH, else Debian's.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Headless Chromium is the whole browser, window chrome included: each new context (every fresh
  // page of the benchmark) started a renderer for the address bar's WebUI popup, which used ~75 ms
  // of CPU on our two cores while the page rendered (bench/threads.mjs: 1,000 events 76 -> 44 ms
  // to two frames later, the main thread's wait for a core 38 -> 6 ms). No page ever sees it.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
];

export function chromiumPath() {
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

export function chromiumLaunchOptions() {
  return { executablePath: chromiumPath(), args: [...CHROMIUM_ARGS] };
}

const HOW_TO_GET_ONE = `No Chromium found at ${chromiumPath()}.
The browser tests drive a real, installed Chromium (Playwright cannot download one here).
  Debian/Ubuntu:  sudo apt-get install chromium
  elsewhere:      npx playwright install chromium, then set CHROME_PATH to the binary it prints
Set CHROME_PATH=/path/to/chromium to use another browser.`;

/** Exits the process with a readable message when no browser is installed. */
export function requireChromium() {
  if (!existsSync(chromiumPath())) {
    console.error(HOW_TO_GET_ONE);
    process.exit(2);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) requireChromium();
