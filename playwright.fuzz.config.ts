// The property-based bad-input harness (issue 21): tests/e2e-fuzz against its own production server on a
// fresh embedded database, run by scripts/e2e.mjs after the main harness (or alone: npm run test:fuzz).
// Separate because its thousands of anonymous bad requests trip per-address limiters (the API's
// auth-failure limit among them) that the main specs must not inherit.
import { defineConfig } from '@playwright/test';
import main from './playwright.config';

export default defineConfig({
  ...main,
  testDir: 'tests/e2e-fuzz',
  // A failing input is listed with all the others; a retry would only send the same inputs again.
  retries: 0,
  timeout: 15 * 60_000,
  // FUZZ_REUSE_SERVER=1 aims at a server already listening on E2E_PORT (while working on the fuzzer only).
  webServer: {
    ...main.webServer!,
    reuseExistingServer: process.env.FUZZ_REUSE_SERVER === '1',
  } as typeof main.webServer,
});
