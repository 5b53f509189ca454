// Two projects: `unit` (no database, fast) and `integration` (a real database per test file: PGlite by
// default, PostgreSQL when TEST_DATABASE_URL is set — see tests/setup/db-global.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${root}/` },
      // The real package throws outside React Server Components; lib/ modules import it as a guard.
      { find: /^server-only$/, replacement: path.join(root, 'tests/setup/server-only.ts') },
      // As in next.config: use-intl formats the precompiled catalogue with its format-only runtime.
      { find: /^use-intl\/format-message$/, replacement: 'use-intl/format-message/format-only' },
    ],
  },
  test: {
    // Child processes, not threads: PGlite and the wasm engine are heavy, and the embedded-database
    // lock is per process (two threads would share a pid).
    pool: 'forks',
    // Bundled, not loaded by Node, so the alias above reaches use-intl's own import of format-message.
    server: { deps: { inline: ['use-intl'] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          globalSetup: ['tests/setup/db-global.ts'],
          setupFiles: ['tests/setup/db-file.ts'],
        },
      },
    ],
  },
});
