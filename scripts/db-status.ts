// npm run db:status — which migrations the configured database has, lacks, failed or has edited since.
import { describeTarget, reportFailure } from './db-env';
import { getConfig } from '@/lib/config';
import { migrationStatus } from '@/lib/db/schema-engine';

try {
  const target = getConfig().database;
  const status = await migrationStatus(target);
  console.log(`Migrations of ${describeTarget(target)}:`);
  const problems: string[] = [];
  if (!status.hasMigrationsTable) problems.push('no _prisma_migrations table yet: run npm run db:migrate');
  for (const name of status.failedMigrationNames) problems.push(`failed: ${name} (fix it, then see Prisma's "migrate resolve")`);
  for (const name of status.editedMigrationNames) problems.push(`edited after it was applied: ${name}`);
  const h = status.history;
  if (h?.diagnostic === 'databaseIsBehind') problems.push(`pending: ${h.unappliedMigrationNames.join(', ')} — run npm run db:migrate`);
  if (h?.diagnostic === 'migrationsDirectoryIsBehind') problems.push(`applied but not in prisma/migrations: ${h.unpersistedMigrationNames.join(', ')}`);
  if (h?.diagnostic === 'historiesDiverge') {
    problems.push(`histories diverge after ${h.lastCommonMigrationName ?? '(start)'}: database has ${h.unpersistedMigrationNames.join(', ') || '—'}, folder has ${h.unappliedMigrationNames.join(', ') || '—'}`);
  }
  if (problems.length === 0) console.log('  up to date');
  for (const p of problems) console.log(`  - ${p}`);
  if (problems.length) process.exitCode = 1;
} catch (err) {
  reportFailure(err);
}
