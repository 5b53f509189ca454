// The break-glass command, as the server operator runs it: a real child process on a real database.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { describe, expect, it } from 'vitest';
import { closeDb, db } from '@/lib/db';
import { addIpRule } from '@/lib/ip-access/add-ip-rule';
import { setIpListEnabled } from '@/lib/ip-access/set-ip-list-enabled';
import { outboxFor } from '@/tests/fixtures/factories';
import { databaseKind, freshDatabaseDir, REPO_ROOT } from '@/tests/fixtures/db';
import { ipAccessWorld, saved } from '@/tests/fixtures/ip-access';

const SCRIPT = path.join(REPO_ROOT, 'scripts/ip-access.ts');

function ipAccessCommand(args: string[], env: Record<string, string>) {
  // `--import tsx` (not the tsx CLI): the same process that opens the database reports its errors.
  const r = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** This test file's own database, for a child process: the same PGlite directory or PostgreSQL URL. */
const sameDatabase = () => ({ DATA_DIR: process.env.DATA_DIR ?? '', DATABASE_URL: process.env.DATABASE_URL ?? '' });

// Each run starts a Node process with tsx: generous timeouts on a busy machine.
describe('break-glass: npm run ip-access -- disable --org <slug>', { timeout: 120_000 }, () => {
  it('[R23] turns a locked-out organization’s panel list off, keeps its entries, audits it as SYSTEM and emails the admins', async () => {
    const w = await ipAccessWorld('Locked Out Co', '203.0.113.10');
    saved(await addIpRule(w.ownerCtx, { scope: 'panel', address: '198.51.100.0/24', label: 'Old office' }));
    saved(await setIpListEnabled(w.ownerCtx, { scope: 'panel', enabled: true, confirmLockoutIp: '203.0.113.10' }));
    saved(await addIpRule(w.ownerCtx, { scope: 'api', address: '192.0.2.0/24', label: 'CI' }));
    saved(await setIpListEnabled(w.ownerCtx, { scope: 'api', enabled: true }));
    const before = await db().organization.findUniqueOrThrow({ where: { id: w.org.id } });

    // The embedded database belongs to one process: this one lets go for the command's turn.
    if (databaseKind() === 'pglite') await closeDb();
    const run = ipAccessCommand(['disable', '--org', w.org.slug], sameDatabase());
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('✔ Locked Out Co: the panel list is now off (its 1 entries are kept).');
    expect(run.code).toBe(0);

    const lists = await db().ipAccessList.findMany({ where: { organizationId: w.org.id }, orderBy: { scope: 'asc' } });
    expect(lists.map((l) => [l.scope, l.enabled])).toEqual([
      ['PANEL', false],
      ['API', true],
    ]);
    expect(await db().ipAccessRule.count({ where: { organizationId: w.org.id, scope: 'PANEL' } })).toBe(1);
    const after = await db().organization.findUniqueOrThrow({ where: { id: w.org.id } });
    expect(after.ipAccessVersion).toBe(before.ipAccessVersion + 1);

    const event = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: w.org.id, action: 'ip_access.break_glass' },
    });
    expect(event.actorType).toBe('SYSTEM');
    expect(event.actorLabel).toMatch(/^server operator .+ \(break-glass command\)$/);
    expect(event.changes).toMatchObject({ scope: 'panel', before: { enabled: true }, after: { enabled: false } });
    const mail = (await outboxFor(w.admin.email)).filter((m) => m.template === 'ip_access.changed').at(-1);
    expect(mail?.text).toContain('The server operator');
    expect(mail?.text).toContain('Turned the list off.');

    // --scope all: what is already off is said so, the rest is turned off.
    if (databaseKind() === 'pglite') await closeDb();
    const all = ipAccessCommand(['disable', '--org', w.org.slug, '--scope', 'all'], sameDatabase());
    expect(all.stdout).toContain('the panel list was already off. Nothing changed.');
    expect(all.stdout).toContain('the api list is now off');
    expect(await db().ipAccessList.count({ where: { organizationId: w.org.id, enabled: true } })).toBe(0);
  });

  it('explains its usage and unknown organizations', async () => {
    if (databaseKind() === 'pglite') await closeDb();
    const usage = ipAccessCommand(['disable'], sameDatabase());
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('npm run ip-access -- disable --org <slug>');
    const unknown = ipAccessCommand(['disable', '--org', 'no-such-org'], sameDatabase());
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No organization has the slug “no-such-org”.');
  });

  it('refuses while the embedded database is held by the running server, with the message lib/db gives', async () => {
    const dataDir = freshDatabaseDir();
    // The "server": another process holding the embedded database.
    const holder = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(REPO_ROOT, 'tests/setup/hold-embedded-db.ts')],
      {
        cwd: REPO_ROOT,
        env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' },
      },
    );
    try {
      const first = await readline.createInterface({ input: holder.stdout })[Symbol.asyncIterator]().next();
      expect(JSON.parse(first.value as string)).toMatchObject({ ready: true });
      const run = ipAccessCommand(['disable', '--org', 'lock-holder'], { DATA_DIR: dataDir, DATABASE_URL: '' });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        `The embedded database in ${dataDir} is already open in another process (pid ${holder.pid}`,
      );
      expect(run.stderr).toContain('stop the other process');
    } finally {
      holder.stdin.end('exit\n');
      await new Promise((resolve) => holder.on('exit', resolve));
    }
  });
});
