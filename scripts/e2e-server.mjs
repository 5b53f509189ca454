// The server the end-to-end tests talk to: a fresh embedded database (migrated and seeded) under
// .test-data/, and the production build behind server.mjs.
import fs from 'node:fs';
import path from 'node:path';
import { npx, root, run, runOrExit } from './lib.mjs';

const dataDir = path.join(root, '.test-data', `e2e-${process.pid}`);
fs.rmSync(dataDir, { recursive: true, force: true });
const env = {
  DATA_DIR: dataDir,
  NEXT_TELEMETRY_DISABLED: '1',
  LOG_LEVEL: process.env.LOG_LEVEL || 'warn',
  // Support grants as short as a minute, so a test can watch one run out (production default: 60).
  SUPPORT_GRANT_MIN_MINUTES: process.env.SUPPORT_GRANT_MIN_MINUTES || '1',
};
await runOrExit('E2E database migrated', npx('tsx'), ['scripts/db-migrate.ts'], { env });
await runOrExit('E2E demo data', npx('tsx'), ['scripts/db-seed.ts'], { env });
await runOrExit('E2E trust-center content', npx('tsx'), ['scripts/content-import.ts'], { env });
const code = await run(process.execPath, ['server.mjs'], { cwd: root, env: { ...env, NODE_ENV: 'production' } });
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(code);
