// npm test: everything a change must pass. Steps that do not depend on each other run side by side, so
// that a two-core CI machine keeps both cores busy; each one's output is printed whole when it ends, with
// its name and time, and the run stops after the first group with a failure.
//  1. lint, format check, typecheck and unit tests (each mostly one core, none needs the others);
//  2. the integration tests (PGlite; PostgreSQL too when TEST_POSTGRES_URL is set, as CI does), beside
//     the production build that only the end-to-end tests need;
//  3. the end-to-end tests (scripts/e2e.mjs), which find that build up to date.
import { findChromium } from './chromium.mjs';
import { npx, runConcurrently, runOrExit } from './lib.mjs';

const started = Date.now();
const vitest = npx('vitest');

await runConcurrently([
  { label: 'Lint', cmd: npx('eslint'), args: ['--max-warnings=0', '.'] },
  { label: 'Format', cmd: npx('prettier'), args: ['--check', '--log-level=warn', '.'] },
  { label: 'Typecheck', cmd: npx('tsc'), args: ['--noEmit'] },
  { label: 'Unit tests', cmd: vitest, args: ['run', '--project', 'unit'] },
]);

// A second run of the same suite against a PostgreSQL server (a database per run and per file, dropped at
// the end; see tests/setup/db-global.ts), beside the PGlite run rather than after it.
const postgresUrl = process.env.TEST_POSTGRES_URL;
const integration = ['run', '--project', 'integration'];
await runConcurrently([
  { label: 'Integration tests', cmd: vitest, args: integration },
  ...(postgresUrl
    ? [
        {
          label: 'Integration tests (PostgreSQL)',
          cmd: vitest,
          args: integration,
          opts: { env: { TEST_DATABASE_URL: postgresUrl } },
        },
      ]
    : []),
  // Without Chromium the end-to-end run only says so (scripts/e2e.mjs): nothing to build for.
  ...(findChromium() ? [{ label: 'Build', cmd: process.execPath, args: ['scripts/build.mjs', '--if-stale'] }] : []),
]);

await runOrExit('End-to-end tests', process.execPath, ['scripts/e2e.mjs']);
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);
