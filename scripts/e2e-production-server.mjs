// The server of the production end-to-end harness (playwright.production.config.ts): an EMPTY embedded
// database (migrated, nothing seeded, no content imported), DEMO_DATA=false, NODE_ENV=production, as a
// vendor installing the Trust Center would start it. Its log also goes to E2E_SERVER_LOG, where the spec
// reads the one-time setup token.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { npx, root, runOrExit } from './lib.mjs';

const dataDir = path.join(root, '.test-data', `e2e-production-${process.pid}`);
const logFile = process.env.E2E_SERVER_LOG || path.join(root, '.test-data', 'e2e-production-server.log');
fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(path.dirname(logFile), { recursive: true });
fs.writeFileSync(logFile, '');
const env = {
  DATA_DIR: dataDir,
  NEXT_TELEMETRY_DISABLED: '1',
  DEMO_DATA: 'false',
  LOG_LEVEL: process.env.LOG_LEVEL || 'info',
};
await runOrExit('E2E (production) database migrated', npx('tsx'), ['scripts/db-migrate.ts'], { env });

const log = fs.createWriteStream(logFile, { flags: 'a' });
const child = spawn(process.execPath, ['server.mjs'], {
  cwd: root,
  env: { ...process.env, ...env, NODE_ENV: 'production' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
for (const stream of [child.stdout, child.stderr]) {
  stream.pipe(log, { end: false });
  stream.pipe(process.stdout, { end: false });
}
const stop = (signal) => child.kill(signal);
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
const code = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 0 : 1))));
log.end();
fs.rmSync(dataDir, { recursive: true, force: true });
process.exit(code);
