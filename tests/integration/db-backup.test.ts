// Backups of the embedded database (issue 15 part 6). Real processes, as an operator runs them: this
// test process plays the running server (it holds the embedded database and keeps writing), and
// `npm run db:backup` / `db:restore` / `audit verify` run as separate processes.
import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getConfig, resetConfigForTests } from '@/lib/config';
import { db } from '@/lib/db';
import { openPrismaClient } from '@/lib/db/client';
import { recordAudit } from '@/lib/audit/record';
import { readBackup } from '@/lib/backup/archive';
import { endpointFile, startBackupEndpoint } from '@/lib/backup/endpoint';
import { runScheduledBackup } from '@/lib/backup/schedule';
import { createOrganization, meta } from '@/tests/fixtures/factories';
import { databaseKind, freshDatabaseDir, REPO_ROOT, testDatabases } from '@/tests/fixtures/db';

function runScript(script: string, args: string[], dataDir: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, script), ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', BACKUP_DIR: '' },
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

/** One acknowledged write: a user row and its audit event, in one transaction (as every use-case does). */
async function write(organizationId: string, n: number): Promise<{ id: string; ackAt: number }> {
  const id = await db().$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email: `writer-${n}-${crypto.randomUUID().slice(0, 6)}@example.test`, name: `Writer ${n}` },
    });
    await tx.membership.create({ data: { userId: user.id, organizationId, role: 'member' } });
    await recordAudit(tx, {
      organizationId,
      action: 'user.invited',
      actor: { type: 'SYSTEM', id: null, label: 'backup test' },
      target: { type: 'user', id: user.id, label: user.email },
      meta: meta(),
    });
    return user.id;
  });
  return { id, ackAt: Date.now() };
}

const stops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const stop of stops) await stop();
});

describe.skipIf(databaseKind() === 'postgres')('backups of the embedded database', () => {
  const workDir = path.join(testDatabases().runDir, `backup-${crypto.randomUUID()}`);
  const backupFile = path.join(workDir, 'during-writes.backup.gz');

  it('a backup taken while writes run restores to a database with verifying audit chains and every acknowledged write', async () => {
    fs.mkdirSync(workDir, { recursive: true });
    const org = await createOrganization('Acme Mail backup');
    const document = crypto.randomBytes(40_000);
    const docPath = path.join(getConfig().documents.storageDir, org.id, 'policy.pdf');
    fs.mkdirSync(path.dirname(docPath), { recursive: true });
    fs.writeFileSync(docPath, document);

    const endpoint = await startBackupEndpoint();
    expect(endpoint).not.toBeNull();
    stops.push(endpoint!.stop);
    // The token file is the only credential: owner-only.
    expect(fs.statSync(endpointFile(getConfig().dataDir)).mode & 0o777).toBe(0o600);

    const acked: { id: string; ackAt: number }[] = [];
    for (let i = 0; i < 5; i++) acked.push(await write(org.id, i));
    let writing = true;
    const writer = (async () => {
      for (let i = 5; writing; i++) {
        acked.push(await write(org.id, i));
        // PGlite answers through microtasks only: yield, or this loop would starve the event loop (and the
        // backup channel with it), which a real server's request-driven writes never do.
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const backup = await runScript('scripts/db-backup.ts', ['--out', backupFile], getConfig().dataDir);
    writing = false;
    await writer;

    expect(backup.out).toContain('by the running server');
    expect(backup.code).toBe(0);
    const sha = /sha256\s+([0-9a-f]{64})/.exec(backup.out)?.[1];
    expect(sha).toBe(crypto.createHash('sha256').update(fs.readFileSync(backupFile)).digest('hex'));
    expect(fs.statSync(backupFile).mode & 0o777).toBe(0o600);

    const { header } = await readBackup(backupFile);
    const snapshotAt = Date.parse(header.createdAt);
    const before = acked.filter((w) => w.ackAt < snapshotAt);
    const after = acked.filter((w) => w.ackAt > snapshotAt);
    expect(before.length).toBeGreaterThanOrEqual(5);
    expect(after.length).toBeGreaterThan(0); // the server kept accepting writes: no downtime

    const restoredDir = freshDatabaseDir({ migrated: false });
    const restore = await runScript('scripts/db-restore.ts', [backupFile], restoredDir);
    expect(restore.out).toContain('Restored the backup');
    expect(restore.code).toBe(0);

    const verify = await runScript('scripts/audit.ts', ['verify', '--all'], restoredDir);
    expect(verify.code).toBe(0);
    expect(verify.out).toMatch(new RegExp(`✔ ${org.slug}: \\d+ events verified`));

    const restored = openPrismaClient({ kind: 'embedded', dataDir: restoredDir });
    try {
      const ids = new Set((await restored.client.user.findMany({ select: { id: true } })).map((u) => u.id));
      for (const w of before) expect(ids.has(w.id)).toBe(true);
      // Exactly as many events as writes that made it in: no half-written write.
      const writesIn = acked.filter((w) => ids.has(w.id)).length;
      expect(await restored.client.auditEvent.count({ where: { organizationId: org.id } })).toBe(writesIn);
      // Sequences continue after the restored rows: a new event gets a higher seq than any restored one.
      await restored.client.$transaction((tx) =>
        recordAudit(tx, {
          organizationId: org.id,
          action: 'audit.verified',
          actor: { type: 'SYSTEM', id: null, label: 'test' },
          meta: meta(),
        }),
      );
    } finally {
      await restored.close();
    }
    expect(fs.readFileSync(path.join(restoredDir, 'documents', org.id, 'policy.pdf')).equals(document)).toBe(true);
    const verifyAgain = await runScript('scripts/audit.ts', ['verify', '--all'], restoredDir);
    expect(verifyAgain.code).toBe(0);
  }, 420_000);

  it('refuses a damaged or cut-short file with a message and leaves the target as it was', async () => {
    const bytes = fs.readFileSync(backupFile);
    const flipped = Buffer.from(bytes);
    flipped[Math.floor(flipped.length / 2)]! ^= 0xff;
    const damaged = path.join(workDir, 'damaged.backup.gz');
    fs.writeFileSync(damaged, flipped);
    const cut = path.join(workDir, 'cut.backup.gz');
    fs.writeFileSync(cut, bytes.subarray(0, bytes.length - 200));

    const target = freshDatabaseDir();
    const before = fs.readdirSync(target).sort();
    for (const file of [damaged, cut]) {
      const r = await runScript('scripts/db-restore.ts', [file], target);
      expect(r.code).toBe(1);
      expect(r.out).toContain('is not a usable backup');
      expect(r.out).toContain('Nothing was changed');
      expect(fs.readdirSync(target).sort()).toEqual(before);
    }
  }, 120_000);

  it('refuses a non-empty target without --force; with --force replaces it and keeps the old content aside', async () => {
    const target = freshDatabaseDir({ migrated: false });
    expect((await runScript('scripts/db-restore.ts', [backupFile], target)).code).toBe(0);
    const again = await runScript('scripts/db-restore.ts', [backupFile], target);
    expect(again.code).toBe(1);
    expect(again.out).toContain('is not empty');
    expect(again.out).toContain('--force');

    const forced = await runScript('scripts/db-restore.ts', [backupFile, '--force'], target);
    expect(forced.code).toBe(0);
    expect(forced.out).toContain('previous content was moved to');
    expect(fs.readdirSync(target).some((n) => n.startsWith('pre-restore-'))).toBe(true);
  }, 420_000);

  it('the backup channel refuses a request without the right token', async () => {
    const endpoint = await startBackupEndpoint();
    const status = (token: string) =>
      new Promise<number>((resolve, reject) => {
        const req = http.request(
          {
            host: '127.0.0.1',
            port: endpoint!.info.port,
            method: 'POST',
            path: '/backup',
            agent: false,
            headers: { authorization: `Bearer ${token}` },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end();
      });
    expect(await status('')).toBe(401);
    expect(await status(endpoint!.info.token.slice(0, -1) + 'x')).toBe(401);
  });

  it('takes a daily backup into BACKUP_DIR and keeps BACKUP_KEEP of them', async () => {
    const dir = path.join(workDir, 'daily');
    fs.mkdirSync(dir, { recursive: true });
    // Older backups of ours, and a file of someone else's that must survive.
    for (let d = 1; d <= 3; d++) fs.writeFileSync(path.join(dir, `trust-center-2026010${d}T000000Z.backup.gz`), 'old');
    fs.writeFileSync(path.join(dir, 'notes.txt'), 'keep me');
    for (const f of fs.readdirSync(dir))
      fs.utimesSync(path.join(dir, f), new Date('2026-01-03'), new Date('2026-01-03'));
    process.env.BACKUP_DIR = dir;
    process.env.BACKUP_KEEP = '2';
    resetConfigForTests();
    try {
      const written = await runScheduledBackup();
      expect(written).not.toBeNull();
      expect(await runScheduledBackup()).toBeNull(); // not due again the same day
      expect(fs.readdirSync(dir).sort()).toEqual([
        'notes.txt',
        'trust-center-20260103T000000Z.backup.gz',
        path.basename(written!),
      ]);
      await readBackup(written!); // a complete, verifiable archive
    } finally {
      delete process.env.BACKUP_DIR;
      delete process.env.BACKUP_KEEP;
      resetConfigForTests();
    }
  });
});
