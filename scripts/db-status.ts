// npm run db:status — which migrations the configured database has, lacks, failed or has edited since.
import { describeTarget, reportFailure } from './db-env';
import { getConfig } from '@/lib/config';
import { migrationStatus, resolveCommand } from '@/lib/db/migrate';

try {
  const target = getConfig().database;
  const status = await migrationStatus(target);
  console.log(`Migrations of ${describeTarget(target)}:`);
  const problems: string[] = [];
  if (!status.hasMigrationsTable) problems.push('no _prisma_migrations table yet: run npm run db:migrate');
  for (const name of status.failed) {
    problems.push(
      `failed: ${name} (started, never finished). If it left no changes: ${resolveCommand(name, 'rolled-back')}; ` +
        `if you completed it by hand: ${resolveCommand(name, 'applied')}`,
    );
  }
  for (const name of status.edited) problems.push(`edited after it was applied: ${name}`);
  if (status.hasMigrationsTable && status.pending.length)
    problems.push(`pending: ${status.pending.join(', ')} — run npm run db:migrate`);
  if (status.unknown.length) problems.push(`applied but not in prisma/migrations: ${status.unknown.join(', ')}`);
  if (problems.length === 0) console.log(`  up to date (${status.applied.length} migrations applied)`);
  for (const p of problems) console.log(`  - ${p}`);
  if (problems.length) process.exitCode = 1;
} catch (err) {
  reportFailure(err);
}
