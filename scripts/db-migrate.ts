// npm run db:migrate — applies prisma/migrations to the configured database (DATABASE_URL, or the
// embedded one in DATA_DIR), like `prisma migrate deploy` but without the native engine, each migration
// in one transaction with its `_prisma_migrations` row. Idempotent.
// npm run db:migrate -- --resolve <name> --rolled-back|--applied — clears a failed migration's record.
import { describeTarget, reportFailure } from './db-env';
import { getConfig } from '@/lib/config';
import { applyMigrations, resolveMigration } from '@/lib/db/migrate';

const USAGE = 'Usage: npm run db:migrate [-- --resolve <migration_name> --rolled-back|--applied]';

async function resolve(args: string[]): Promise<void> {
  const name = args[args.indexOf('--resolve') + 1];
  const how = (['--rolled-back', '--applied'] as const).filter((f) => args.includes(f));
  if (!name || name.startsWith('--') || how.length !== 1) {
    console.error(USAGE);
    process.exitCode = 2;
    return;
  }
  const target = getConfig().database;
  const resolution = how[0] === '--applied' ? 'applied' : 'rolled-back';
  await resolveMigration(name, resolution, target);
  console.log(
    resolution === 'applied'
      ? `Recorded ${name} as applied (without running it) in ${describeTarget(target)}.`
      : `Marked ${name} as rolled back in ${describeTarget(target)}; npm run db:migrate will apply it again.`,
  );
}

async function migrate(): Promise<void> {
  const target = getConfig().database;
  const started = performance.now();
  const { applied, edited } = await applyMigrations(target);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const name of edited)
    console.warn(`! ${name} was edited after it was applied to ${describeTarget(target)} (its checksum differs).`);
  if (applied.length === 0) {
    console.log(`No pending migrations: ${describeTarget(target)} is up to date (${seconds} s).`);
  } else {
    console.log(`Applied ${applied.length} migration(s) to ${describeTarget(target)} in ${seconds} s:`);
    for (const name of applied) console.log(`  + ${name}`);
  }
}

try {
  const args = process.argv.slice(2);
  if (args.includes('--resolve')) await resolve(args);
  else if (args.length) {
    console.error(USAGE);
    process.exitCode = 2;
  } else await migrate();
} catch (err) {
  reportFailure(err);
}
