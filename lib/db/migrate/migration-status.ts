// `npm run db:status`: what the database's `_prisma_migrations` says against prisma/migrations.
import { getConfig } from '@/lib/config';
import { DEFAULT_MIGRATIONS_DIR } from '../migrations-dir';
import type { DatabaseTarget } from '../target';
import { openMigrationConnection } from './connection';
import { hasMigrationsTable, isApplied, isFailed, readHistory, readMigrationFiles } from './history';

export interface MigrationStatus {
  hasMigrationsTable: boolean;
  applied: string[];
  /** In the folder, not applied yet: `npm run db:migrate` applies them. */
  pending: string[];
  /** Started and never finished: blocks db:migrate until resolved. */
  failed: string[];
  /** Applied, but the file changed since. */
  edited: string[];
  /** Applied to the database, but not in the folder (a newer version's migrations?). */
  unknown: string[];
}

export async function migrationStatus(
  target: DatabaseTarget = getConfig().database,
  options: { migrationsDir?: string } = {},
): Promise<MigrationStatus> {
  const files = readMigrationFiles(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR);
  const conn = await openMigrationConnection(target);
  try {
    const hasTable = await hasMigrationsTable(conn);
    const history = await readHistory(conn);
    const applied = new Map(history.filter(isApplied).map((r) => [r.migration_name, r.checksum]));
    const inFolder = new Set(files.map((f) => f.name));
    return {
      hasMigrationsTable: hasTable,
      applied: files.filter((f) => applied.has(f.name)).map((f) => f.name),
      pending: files.filter((f) => !applied.has(f.name)).map((f) => f.name),
      failed: [...new Set(history.filter(isFailed).map((r) => r.migration_name))],
      edited: files.filter((f) => applied.has(f.name) && applied.get(f.name) !== f.checksum).map((f) => f.name),
      unknown: [...applied.keys()].filter((n) => !inFolder.has(n)),
    };
  } finally {
    await conn.close();
  }
}
