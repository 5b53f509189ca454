// `npm run db:migrate -- --resolve <name> --rolled-back|--applied`: Prisma's `migrate resolve`, for a
// failed row our runner can no longer leave behind but an older version (or a non-transactional
// migration) can.
import crypto from 'node:crypto';
import { getConfig } from '@/lib/config';
import { DEFAULT_MIGRATIONS_DIR } from '../migrations-dir';
import type { DatabaseTarget } from '../target';
import { openMigrationConnection } from './connection';
import { CREATE_MIGRATIONS_TABLE, isApplied, isFailed, readHistory, readMigrationFiles } from './history';

export type Resolution = 'rolled-back' | 'applied';

export class ResolveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResolveError';
  }
}

/**
 * rolled-back: marks the failed record(s) of `name` rolled back, so the next db:migrate applies it again.
 * applied: records `name` as applied without running it (its changes were made by hand); any failed
 * record of it is marked rolled back first, as Prisma does.
 */
export async function resolveMigration(
  name: string,
  resolution: Resolution,
  target: DatabaseTarget = getConfig().database,
  options: { migrationsDir?: string } = {},
): Promise<void> {
  const file = readMigrationFiles(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR).find((f) => f.name === name);
  const conn = await openMigrationConnection(target);
  try {
    await conn.exec(CREATE_MIGRATIONS_TABLE);
    const rows = (await readHistory(conn)).filter((r) => r.migration_name === name);
    const failed = rows.some(isFailed);
    if (resolution === 'rolled-back') {
      if (!failed) {
        const state = rows.some(isApplied)
          ? 'is applied'
          : file
            ? 'has not been started'
            : 'is not in prisma/migrations';
        throw new ResolveError(
          `${name} is not a failed migration (it ${state}); there is nothing to mark rolled back.`,
        );
      }
    } else {
      if (!file)
        throw new ResolveError(
          `${name} is not in prisma/migrations; only a migration of the folder can be marked applied.`,
        );
      if (rows.some(isApplied)) throw new ResolveError(`${name} is already applied.`);
    }
    await conn.transaction(async (tx) => {
      await tx.query(
        'UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = $1 AND finished_at IS NULL AND rolled_back_at IS NULL',
        [name],
      );
      if (resolution === 'applied') {
        await tx.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 0)`,
          [crypto.randomUUID(), file!.checksum, name],
        );
      }
    });
  } finally {
    await conn.close();
  }
}
