// npm run test:e2e: builds when stale, then runs Playwright against a server on a fresh embedded
// database (see scripts/e2e-server.mjs), then the production harness (scripts/e2e-production-server.mjs). Without Chromium it says so loudly; with CI=true that fails.
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
// Two harnesses, one after the other: the main one (demo data, playwright.config.ts) and the production
// one (empty database, production mode, no demo data: playwright.production.config.ts; ports from
// E2E_PROD_PORT / E2E_PROD_SMTP_PORT, default 3101 / 2527). Spec files given on the command line pick
// the harness they belong to.
const extra = process.argv.slice(2);
const files = extra.filter((a) => !a.startsWith('-'));
const isProductionSpec = (f) => f.replace(/\\/g, '/').includes('tests/e2e-production/');
const runMain = files.length === 0 || files.some((f) => !isProductionSpec(f));
const runProduction = files.length === 0 || files.some(isProductionSpec);
const env = { CHROMIUM_PATH: chromium };
let code = 0;
if (runMain) code = await run(npx('playwright'), ['test', ...extra.filter((a) => a.startsWith('-') || !isProductionSpec(a))], { env });
if (code === 0 && runProduction) {
  code = await run(npx('playwright'), ['test', '--config', 'playwright.production.config.ts', ...extra.filter((a) => a.startsWith('-') || isProductionSpec(a))], { env });
}
process.exit(code);
