import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';

// The production harness's server writes its log here (scripts/e2e-production-server.mjs); the setup
// token is the one secret a vendor reads from it.
const LOG_FILE =
  process.env.E2E_SERVER_LOG ??
  path.join(process.cwd(), '.test-data', `e2e-production-server-${process.env.E2E_PROD_PORT ?? 3101}.log`);

/** The newest one-time setup token the server printed at start. */
export async function setupTokenFromLog(): Promise<string> {
  let token: string | undefined;
  await expect
    .poll(
      () => {
        const text = fs.existsSync(LOG_FILE) ? fs.readFileSync(LOG_FILE, 'utf8') : '';
        token = [...text.matchAll(/First-run setup token: ([\w-]{20,})/g)].at(-1)?.[1];
        return Boolean(token);
      },
      { timeout: 20_000, message: `a setup token in ${LOG_FILE}` },
    )
    .toBe(true);
  return token!;
}

/** Everything the server has logged so far (access log included: the harness runs at LOG_LEVEL=info). */
export function serverLogText(): string {
  return fs.existsSync(LOG_FILE) ? fs.readFileSync(LOG_FILE, 'utf8') : '';
}
