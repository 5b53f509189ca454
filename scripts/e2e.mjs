// npm run test:e2e: builds when stale, then runs Playwright against a server on a fresh embedded
// database (see scripts/e2e-server.mjs), then the production harness (scripts/e2e-production-server.mjs). Without Chromium it says so loudly; with CI=true that fails.
import { findChromium } from './chromium.mjs';
import { buildIfStale, npx, runConcurrently, runOrExit } from './lib.mjs';

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
// Three harnesses: the main one (demo data, playwright.config.ts), the production one (empty database,
// production mode, no demo data: playwright.production.config.ts; ports from E2E_PROD_PORT /
// E2E_PROD_SMTP_PORT, default 3101 / 2527) and the bad-input fuzz harness (playwright.fuzz.config.ts: its
// own server and database on the main harness's ports). Spec files given on the command line pick the
// harness they belong to; `--fuzz` runs only the fuzz harness.
// The main harness runs alone (its specs' timings are tuned for one worker on a quiet machine); then the
// production and fuzz harnesses run side by side, on their own ports, servers, databases, mail sinks and
// output folders: the production specs spend most of their time waiting for the next 30-second TOTP step,
// which the fuzz harness's CPU-bound requests fill. Each one's output is printed whole when it ends.
// E2E_SEQUENTIAL=1 runs them one after the other with live output, as before.
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
const labels = { main: 'End-to-end (main)', production: 'End-to-end (production)', fuzz: 'End-to-end (fuzz)' };
const env = { CHROMIUM_PATH: chromium };
const step = (harness) => ({
  label: labels[harness],
  cmd: npx('playwright'),
  args: ['test', ...configs[harness], ...flags, ...files.filter((f) => harnessOf(f) === harness)],
  opts: { env },
});
const groups =
  process.env.E2E_SEQUENTIAL === '1' ? [['main'], ['production'], ['fuzz']] : [['main'], ['production', 'fuzz']];
for (const group of groups) {
  const steps = group.filter(wanted).map(step);
  if (steps.length === 1) await runOrExit(steps[0].label, steps[0].cmd, steps[0].args, steps[0].opts);
  else if (steps.length > 1) {
    console.log(`\nRunning ${steps.map((s) => s.label).join(' and ')} side by side (output when each ends)…`);
    await runConcurrently(steps);
  }
}
