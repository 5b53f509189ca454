// npm run dev: migrate, seed when empty, then the development server (hot reload) behind server.mjs.
import { npx, root, run, runOrExit } from './lib.mjs';

const env = { NEXT_TELEMETRY_DISABLED: '1' };
await runOrExit('Database migrated', npx('tsx'), ['scripts/db-migrate.ts'], { env });
await runOrExit('Demo data checked', npx('tsx'), ['scripts/db-seed.ts', '--if-empty'], { env });
await runOrExit('Trust-center content checked', npx('tsx'), ['scripts/content-import.ts', '--if-empty'], { env });
process.exit(
  await run(process.execPath, ['server.mjs', '--dev'], { cwd: root, env: { ...env, NODE_ENV: 'development' } }),
);
