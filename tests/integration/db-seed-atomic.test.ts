// Issue 21, finding 5: a seed killed half-way must not leave a half-loaded demo that `--if-empty` then
// skips. The seed is one transaction: SIGKILL inside it leaves nothing, the next `db:seed --if-empty`
// (what `npm start` runs) loads the whole demo, and every demo user can sign in. The seed runs in child
// processes on this file's own database before this process opens it.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { signInWithPassword } from '@/lib/auth/sign-in-with-password';
import { getConfig } from '@/lib/config';
import { db, closeDb } from '@/lib/db';
import { DEMO_PASSWORD, DEMO_USERS } from '@/lib/db/seed-data';
import { documentStorage } from '@/lib/documents/storage';
import { runScript } from '@/tests/fixtures/child-script';
import { anonymousCtx } from '@/tests/fixtures/factories';

const SLOW = { timeout: 240_000 };
const demoDocuments = (
  JSON.parse(fs.readFileSync(path.join(process.cwd(), 'content/data/documents.json'), 'utf8')) as unknown[]
).length;

// PGlite: the file's embedded database (closed between children); PostgreSQL: the file's own database, where
// demo data is off by default (DEMO_DATA), so the children ask for it.
const seedEnv = () => ({ DATA_DIR: getConfig().dataDir, DATABASE_URL: process.env.DATABASE_URL, DEMO_DATA: 'true' });

describe('a seed killed half-way [issue 21 / 5]', () => {
  it(
    'SIGKILL inside the seed leaves no demo data; --if-empty then loads all of it and every demo user signs in',
    SLOW,
    async () => {
      const env = seedEnv();
      const killed = await runScript(
        'scripts/db-seed.ts',
        ['--if-empty'],
        { ...env, TRUST_CENTER_TEST_PAUSE_SEED: '1' },
        /paused inside the seed transaction/,
      );
      expect(killed.signal).toBe('SIGKILL');
      const count = async () => {
        const prisma = db();
        const counts = [
          await prisma.organization.count(),
          await prisma.user.count(),
          await prisma.document.count(),
          await prisma.subprocessor.count(),
        ];
        await closeDb(); // the next child needs the embedded database to itself
        return counts;
      };
      expect(await count()).toEqual([0, 0, 0, 0]);

      const seeded = await runScript('scripts/db-seed.ts', ['--if-empty'], env);
      expect(seeded.code).toBe(0);
      expect(seeded.stdout).toContain('Demo data ready');
      const [orgs, users, documents, subprocessors] = await count();
      expect(orgs).toBeGreaterThan(0);
      expect(users).toBe(DEMO_USERS.length);
      expect(documents).toBe(demoDocuments);
      expect(subprocessors).toBeGreaterThan(0);

      for (const [i, u] of DEMO_USERS.entries()) {
        const step = await signInWithPassword(anonymousCtx({ ip: `198.51.100.${i + 10}` }), {
          email: u.email,
          password: DEMO_PASSWORD,
        });
        expect(step.ticket, u.email).toBeTruthy();
      }
      for (const f of await db().documentFile.findMany())
        expect((await documentStorage().get(f.storageKey)).length).toBe(f.size);
    },
  );

  it(
    'a document file missing after the commit (killed before it was written) is restored by the next --if-empty',
    SLOW,
    async () => {
      const [file] = await db().documentFile.findMany({ take: 1 });
      await documentStorage().delete(file!.storageKey);
      await closeDb();
      const again = await runScript('scripts/db-seed.ts', ['--if-empty'], seedEnv());
      expect(again.code).toBe(0);
      expect(again.stdout).toContain('Restored 1 missing demo document file(s).');
      expect(again.stdout).toContain('demo data not loaded again');
      expect((await documentStorage().get(file!.storageKey)).length).toBe(file!.size);
    },
  );
});
