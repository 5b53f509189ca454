import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/e2e/support/chromium';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://localhost:${port}`;
const smtpPort = Number(process.env.E2E_SMTP_PORT ?? 2526);

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/support/global-setup.ts',
  timeout: 30_000,
  expect: { timeout: 7_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
  webServer: {
    command: 'node scripts/e2e-server.mjs',
    url: `${baseURL}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    // Mail goes out over real SMTP to the sink started in globalSetup.
    env: {
      PORT: String(port), APP_URL: baseURL, SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, E2E_SMTP_PORT: String(smtpPort),
      // R26 end to end: requests from 127.0.0.2 play a trusted reverse proxy; the browser (127.0.0.1) does not.
      TRUSTED_PROXIES: process.env.TRUSTED_PROXIES ?? '127.0.0.2',
      // Self-service sign-up is off by default; tests/e2e/signup.spec.ts drives the open mode.
      SIGNUP_MODE: 'open',
    },
  },
});
