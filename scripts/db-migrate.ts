// npm run db:migrate — applies prisma/migrations to the configured database (DATABASE_URL, or the
// embedded one in DATA_DIR), like `prisma migrate deploy` but without the native engine. Idempotent.
import { describeTarget, reportFailure } from './db-env';
import { getConfig } from '@/lib/config';
import { applyMigrations } from '@/lib/db/schema-engine';

try {
  const target = getConfig().database;
  const started = performance.now();
  const { applied } = await applyMigrations(target);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (applied.length === 0) {
    console.log(`No pending migrations: ${describeTarget(target)} is up to date (${seconds} s).`);
  } else {
    console.log(`Applied ${applied.length} migration(s) to ${describeTarget(target)} in ${seconds} s:`);
    for (const name of applied) console.log(`  + ${name}`);
  }
} catch (err) {
  reportFailure(err);
}
