// Item 7 of issue 20: deploy-time migrations are plain SQL (lib/db/migrate), so production never loads
// the pre-release WASM schema engine. It stays for `npm run db:migration` and the drift test only, and is
// a devDependency. This follows every value import from the production entry points through the
// repository and fails if one reaches the engine.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const ENGINE = /^@prisma\/schema-engine-wasm(\/|$)/;
const ENGINE_WRAPPER = 'lib/db/schema-engine.ts';

/** What runs in production: the server, start-up (db:migrate), db:status, backups and restores. */
const PRODUCTION_ENTRIES = [
  'server.mjs',
  'instrumentation.ts',
  'scripts/start.mjs',
  'scripts/db-migrate.ts',
  'scripts/db-status.ts',
  'scripts/db-backup.ts',
  'scripts/db-restore.ts',
  'lib/db/migrate/index.ts',
];

const IMPORT =
  /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/gm;

function resolve(specifier: string, from: string): string | null {
  const base = specifier.startsWith('@/')
    ? path.join(root, specifier.slice(2))
    : specifier.startsWith('.')
      ? path.resolve(path.dirname(from), specifier)
      : null;
  if (!base) return null;
  for (const ext of ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts']) {
    if (fs.existsSync(base + ext) && fs.statSync(base + ext).isFile()) return base + ext;
  }
  return null;
}

/** The import chain from `entry` to the engine, or null. */
function pathToEngine(entry: string): string[] | null {
  const seen = new Set<string>();
  const walk = (file: string): string[] | null => {
    if (seen.has(file)) return null;
    seen.add(file);
    const rel = path.relative(root, file);
    if (rel === ENGINE_WRAPPER) return [rel];
    for (const match of fs.readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? '';
      if (ENGINE.test(specifier)) return [rel, specifier];
      const target = resolve(specifier, file);
      const rest = target && walk(target);
      if (rest) return [rel, ...rest];
    }
    return null;
  };
  return walk(path.join(root, entry));
}

describe('deploy-time migrations without the schema engine', () => {
  it.each(PRODUCTION_ENTRIES)('%s never reaches @prisma/schema-engine-wasm', (entry) => {
    expect(fs.existsSync(path.join(root, entry))).toBe(true);
    expect(pathToEngine(entry)).toBeNull();
  });

  it('the engine is a devDependency, used by db:migration and the drift test', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    expect(pkg.dependencies['@prisma/schema-engine-wasm']).toBeUndefined();
    expect(pkg.devDependencies['@prisma/schema-engine-wasm']).toBeDefined();
    expect(pathToEngine('scripts/db-migration.ts')).not.toBeNull(); // the walk does find a real use
  });
});
