// npm run test:e2e: builds when stale, then runs Playwright against a server on a fresh embedded
// database (see scripts/e2e-server.mjs). Without Chromium it says so loudly; with CI=true that fails.
import { findChromium } from './chromium.mjs';
import { buildIfStale, npx, run } from './lib.mjs';

const chromium = findChromium();
if (!chromium) {
  const bar = '!'.repeat(78);
  console.error(`\n${bar}\n  END-TO-END TESTS NOT RUN: no Chromium found at /usr/bin/chromium or $CHROMIUM_PATH.\n` +
    `  Install it with:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH)\n${bar}\n`);
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
await buildIfStale();
// `--fuzz` runs only the bad-input harness (playwright.fuzz.config.ts: its own server and database);
// a full run (no arguments) runs it after the main specs.
const fuzzOnly = process.argv[2] === '--fuzz';
const rest = process.argv.slice(fuzzOnly ? 3 : 2);
const env = { env: { CHROMIUM_PATH: chromium } };
const main = fuzzOnly ? 0 : await run(npx('playwright'), ['test', ...rest], env);
const fuzz = fuzzOnly || rest.length === 0 ? await run(npx('playwright'), ['test', '-c', 'playwright.fuzz.config.ts', ...rest], env) : 0;
process.exit(main || fuzz);
