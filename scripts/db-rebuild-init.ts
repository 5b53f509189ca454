// npx tsx scripts/db-rebuild-init.ts — ONLY while the init migration has not shipped (no release, no
// shared database has applied it): regenerates the Prisma part of prisma/migrations/<first>/migration.sql
// from schema.prisma and keeps everything from the HAND_WRITTEN marker on (the audit triggers…).
// Once shipped, never edit a migration: add one with `npm run db:migration -- <name>`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { reportFailure } from './db-env';
import { DEFAULT_MIGRATIONS_DIR, readMigrations } from '@/lib/db/migrations-dir';
import { diffMigrationsToSchema } from '@/lib/db/schema-engine';

const HAND_WRITTEN = '-- ==== Hand-written SQL';

try {
  const migrations = readMigrations();
  if (migrations.migrationDirectories.length !== 1) {
    throw new Error('There is more than one migration: the init migration has shipped, add a new migration instead.');
  }
  const first = migrations.migrationDirectories[0]!;
  const file = path.join(DEFAULT_MIGRATIONS_DIR, first.path, first.migrationFile.path);
  const current = fs.readFileSync(file, 'utf8');
  const at = current.indexOf(HAND_WRITTEN);
  const tail = at < 0 ? '' : current.slice(at);
  const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'no-migrations-'));
  try {
    const generated = await diffMigrationsToSchema({ migrationsDir: empty });
    fs.writeFileSync(file, tail ? `${generated.trimEnd()}\n\n${tail}` : generated);
  } finally {
    fs.rmSync(empty, { recursive: true, force: true });
  }
  const drift = await diffMigrationsToSchema();
  console.log(`Rebuilt ${file}${tail ? ' (hand-written part kept)' : ''}; drift now: ${drift ? drift : 'none'}`);
} catch (err) {
  reportFailure(err);
}
