// npm start: migrate, seed when empty, build when missing or stale, then serve. Each step is a separate
// process run one after the other, so the embedded database is only ever open in one of them.
import { buildIfStale, npx, root, run, runOrExit } from './lib.mjs';

const env = { NEXT_TELEMETRY_DISABLED: '1' };
await runOrExit('Database migrated', npx('tsx'), ['scripts/db-migrate.ts'], { env });
await runOrExit('Demo data checked', npx('tsx'), ['scripts/db-seed.ts', '--if-empty'], { env });
await runOrExit('Trust-center content checked', npx('tsx'), ['scripts/content-import.ts', '--if-empty'], { env });
await buildIfStale();
const code = await run(process.execPath, ['server.mjs'], { cwd: root, env: { ...env, NODE_ENV: 'production' } });
process.exit(code);
