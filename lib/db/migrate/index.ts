// Applying prisma/migrations at start-up and from `npm run db:migrate`: one transaction per migration
// (script and bookkeeping together), Prisma Migrate's folder and table format, PostgreSQL's migration
// advisory lock. The schema engine (lib/db/schema-engine.ts) remains for diffs and new migrations.
export { applyMigrations, MigrationFailedError, type ApplyResult } from './apply-migrations';
export { migrationStatus, type MigrationStatus } from './migration-status';
export { resolveMigration, ResolveError, type Resolution } from './resolve-migration';
export { MigrationBlockedError, resolveCommand } from './history';
