import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/chromium';

// The second end-to-end harness: the server starts from an EMPTY database in production mode with no
// demo data (scripts/e2e-production-server.mjs), as a vendor installing the Trust Center would see it.
// `npm run test:e2e` runs it after the main harness (playwright.config.ts).
const port = Number(process.env.E2E_PROD_PORT ?? 3101);
const baseURL = `http://localhost:${port}`;
const smtpPort = Number(process.env.E2E_PROD_SMTP_PORT ?? 2527);
const serverLog = path.join(process.cwd(), '.test-data', `e2e-production-server-${port}.log`);
// Read by the mail sink (tests/e2e/support/mail-sink.ts) and by the specs (the setup token in the log).
process.env.E2E_SMTP_PORT = String(smtpPort);
process.env.E2E_SERVER_LOG = serverLog;

export default defineConfig({
  testDir: 'tests/e2e-production',
  // Its own folder: scripts/e2e.mjs runs this harness beside the fuzz one, and each run empties its folder.
  outputDir: 'test-results-production',
  globalSetup: './tests/e2e/support/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: 'node scripts/e2e-production-server.mjs',
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      APP_URL: baseURL,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      E2E_SMTP_PORT: String(smtpPort),
      E2E_SERVER_LOG: serverLog,
      // Production has no seeding endpoint (tests/e2e-production/first-run.spec.ts checks): never inherit its token.
      E2E_SEED_TOKEN: '',
    },
  },
});
