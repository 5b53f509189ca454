// npm run test:e2e: builds when stale, then runs Playwright against a server on a fresh embedded
// database (see scripts/e2e-server.mjs), then the production harness (scripts/e2e-production-server.mjs). Without Chromium it says so loudly; with CI=true that fails.
import { findChromium } from './chromium.mjs';
import { buildIfStale, npx, run } from './lib.mjs';

const chromium = findChromium();
if (!chromium) {
  const bar = '!'.repeat(78);
  console.error(
    `\n${bar}\n  END-TO-END TESTS NOT RUN: no Chromium found at /usr/bin/chromium or $CHROMIUM_PATH.\n` +
      `  Install it with:  sudo apt-get install -y chromium   (or set CHROMIUM_PATH)\n${bar}\n`,
  );
  process.exit(process.env.CI === 'true' ? 1 : 0);
}
await buildIfStale();
// Three harnesses, one after the other: the main one (demo data, playwright.config.ts), the production
// one (empty database, production mode, no demo data: playwright.production.config.ts; ports from
// E2E_PROD_PORT / E2E_PROD_SMTP_PORT, default 3101 / 2527) and the bad-input fuzz harness
// (playwright.fuzz.config.ts: its own server and database). Spec files given on the command line pick
// the harness they belong to; `--fuzz` runs only the fuzz harness.
const fuzzOnly = process.argv[2] === '--fuzz';
const extra = process.argv.slice(fuzzOnly ? 3 : 2);
const flags = extra.filter((a) => a.startsWith('-'));
const files = extra.filter((a) => !a.startsWith('-'));
const harnessOf = (f) => {
  const p = f.replace(/\\/g, '/');
  return /(^|\/)tests\/e2e-production(\/|$)/.test(p)
    ? 'production'
    : /(^|\/)tests\/e2e-fuzz(\/|$)/.test(p)
      ? 'fuzz'
      : 'main';
};
const wanted = (h) => (fuzzOnly ? h === 'fuzz' : files.length === 0 || files.some((f) => harnessOf(f) === h));
const configs = {
  main: [],
  production: ['--config', 'playwright.production.config.ts'],
  fuzz: ['--config', 'playwright.fuzz.config.ts'],
};
const env = { CHROMIUM_PATH: chromium };
let code = 0;
for (const harness of ['main', 'production', 'fuzz']) {
  if (code !== 0 || !wanted(harness)) continue;
  code = await run(
    npx('playwright'),
    ['test', ...configs[harness], ...flags, ...files.filter((f) => harnessOf(f) === harness)],
    { env },
  );
}
process.exit(code);
