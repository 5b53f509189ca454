// Issue 21, finding 1: an export cut at either end must not verify as complete. The JSON Lines export ends
// with a signed checkpoint (count, first and last event, head, anchor); the offline verifier checks the
// file against it, and the server keeps the checkpoints to compare the live chain with (rollback).
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as getHead } from '@/app/api/v1/audit-events/head/route';
import { GET as getKey } from '@/app/.well-known/audit-checkpoint-key/route';
import { applyRetentionEverywhere } from '@/lib/audit/apply-retention';
import { auditSigner, signedText, verifyStatement } from '@/lib/audit/checkpoint-signing';
import { recordCheckpointsEverywhere } from '@/lib/audit/checkpoint-worker';
import { compareWithCheckpoints } from '@/lib/audit/compare-checkpoints';
import { readAuditHead } from '@/lib/audit/read-audit-head';
import { verifyChain } from '@/lib/audit/verify-chain';
import type { AppError } from '@/lib/errors';
import { exportAuditEvents } from '@/lib/audit/export-audit-events';
import { recordAudit } from '@/lib/audit/record';
import { db } from '@/lib/db';
import { createOrganization, createUser, meta, signedInCtx } from '@/tests/fixtures/factories';
import { apiRequest, ipAccessWorld, newApiKey } from '@/tests/fixtures/ip-access';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-checkpoints-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Org = Awaited<ReturnType<typeof createOrganization>>;
let org: Org;
let admin: Awaited<ReturnType<typeof signedInCtx>>;
let keyFile: string;

async function addEvents(organizationId: string, n: number, label = 'events') {
  for (let i = 0; i < n; i++) {
    await db().$transaction((tx) =>
      recordAudit(tx, {
        organizationId,
        action: 'session.revoked',
        actor: { type: 'USER', id: `u-${i}`, label: `${label}-${i}@acme-mail.example` },
        meta: meta(),
      }),
    );
  }
}

/** Exports the whole log as JSON Lines and writes it to a file; returns its path and lines. */
async function exportFile(ctx: typeof admin, name: string): Promise<{ file: string; lines: string[] }> {
  const result = await exportAuditEvents(ctx, { format: 'jsonl' });
  const text = await new Response(result.body).text();
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return { file, lines: text.trim().split('\n') };
}

function write(name: string, lines: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** Runs the documented verifier: exit code and everything it printed. */
function verify(...args: string[]): { code: number; out: string } {
  try {
    const out = execFileSync(process.execPath, ['scripts/verify-audit-export.mjs', ...args], {
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return { code: 0, out };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

beforeAll(async () => {
  org = await createOrganization('Checkpoint Co');
  admin = await signedInCtx(
    await createUser({ organizationId: org.id, role: 'admin', email: 'checkpoint-admin@acme-mail.example' }),
    org,
  );
  await addEvents(org.id, 12);
  keyFile = path.join(dir, 'server-key.pem');
  fs.writeFileSync(keyFile, auditSigner().publicKeyPem);
});

describe('offline verification with the export checkpoint', () => {
  it('[R29] a full export verifies as complete, from its genesis to the signed head, against the published key', async () => {
    const { file, lines } = await exportFile(admin, 'full.jsonl');
    const checkpoint = JSON.parse(lines.at(-1)!);
    expect(checkpoint).toMatchObject({
      type: 'audit.checkpoint',
      filtered: false,
      count: lines.length - 1,
      anchor: null,
    });
    expect(checkpoint.head.seq).toBe(checkpoint.lastSeq);
    // The export's own event is the head: the file ends with it.
    expect(JSON.parse(lines.at(-2)!).action).toBe('audit.exported');
    const r = verify('--complete', '--key', keyFile, file);
    expect(r.out).toMatch(
      /✔ \d+ events verified; \d+ links between consecutive lines checked \(complete chain from its genesis to the head #\d+\)/,
    );
    expect(r.out).toMatch(/checkpoint signed by key [0-9a-f]{16} \(the key given with --key\)/);
    expect(r.code).toBe(0);
    // Without --key the file's own key is used, and the verifier says what that does not prove.
    expect(verify('--complete', file).out).toMatch(/pass --key .*audit-checkpoint-key/);
  });

  it('[R29] head truncation (tail -n +4) fails and names the missing head', async () => {
    const { lines } = await exportFile(admin, 'for-head.jsonl');
    const cut = write('cut-head.jsonl', lines.slice(3));
    const first = JSON.parse(lines[0]!);
    const fourth = JSON.parse(lines[3]!);
    const r = verify('--complete', cut);
    expect(r.code).toBe(1);
    expect(r.out).toContain(
      `missing head: export starts at seq ${fourth.seq} but the chain starts at seq ${first.seq} at its genesis`,
    );
    // Editing the checkpoint to match the cut file breaks its signature.
    const checkpoint = JSON.parse(lines.at(-1)!);
    const forged = { ...checkpoint, firstSeq: fourth.seq, count: checkpoint.count - 3 };
    const r2 = verify('--complete', write('cut-head-forged.jsonl', [...lines.slice(3, -1), JSON.stringify(forged)]));
    expect(r2.code).toBe(1);
    expect(r2.out).toMatch(/bad signature — the checkpoint line was altered/);
  });

  it('[R29] tail truncation fails: by count when the checkpoint is kept, as a missing checkpoint when it is cut too', async () => {
    const { lines } = await exportFile(admin, 'for-tail.jsonl');
    const checkpoint = JSON.parse(lines.at(-1)!);
    const kept = verify('--complete', write('cut-tail.jsonl', [...lines.slice(0, -4), lines.at(-1)!]));
    expect(kept.code).toBe(1);
    expect(kept.out).toContain(
      `missing tail: checkpoint says ${checkpoint.count} events, file has ${checkpoint.count - 3}`,
    );
    const gone = verify('--complete', write('cut-tail-all.jsonl', lines.slice(0, -3)));
    expect(gone.code).toBe(1);
    expect(gone.out).toMatch(/missing checkpoint: the file has no audit\.checkpoint line/);
    // Without --complete a cut file still fails the checkpoint's count.
    expect(verify(write('cut-tail-plain.jsonl', [...lines.slice(0, -2), lines.at(-1)!])).code).toBe(1);
  });

  it('[R29] a checkpoint signed by another key fails against the published key', async () => {
    const { lines } = await exportFile(admin, 'for-forgery.jsonl');
    const { privateKey, publicKey } = crypto.generateKeyPairSync('ed25519');
    const der = publicKey.export({ format: 'der', type: 'spki' });
    const keyId = crypto.createHash('sha256').update(der).digest('hex').slice(0, 16);
    const sign = (s: Record<string, unknown>) => ({
      ...s,
      keyId,
      signature: crypto.sign(null, Buffer.from(signedText({ ...s, keyId })), privateKey).toString('base64'),
    });
    // An attacker drops the first three events and re-signs everything with a key of their own.
    const kept = lines.slice(3, -1).map((l) => JSON.parse(l));
    const checkpoint = JSON.parse(lines.at(-1)!);
    const head = sign({ ...checkpoint.head, signature: undefined });
    const forged = sign({
      ...checkpoint,
      head,
      firstSeq: kept[0].seq,
      count: kept.length,
      publicKey: publicKey.export({ format: 'pem', type: 'spki' }),
      signature: undefined,
    });
    const file = write('forged.jsonl', [...lines.slice(3, -1), JSON.stringify(forged)]);
    const r = verify('--complete', '--key', keyFile, file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/bad signature — the checkpoint was signed with key [0-9a-f]{16}, not with key [0-9a-f]{16}/);
  });

  it('[R29] a filtered export is not accepted as complete', async () => {
    const result = await exportAuditEvents(admin, { format: 'jsonl', action: 'session.revoked' });
    const file = write('filtered.jsonl', (await new Response(result.body).text()).trim().split('\n'));
    expect(verify(file).code).toBe(0);
    const r = verify('--complete', file);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/the export is filtered/);
  });
});

describe('a chain that starts at a retention anchor', () => {
  let pruned: Org;
  let prunedAdmin: typeof admin;

  beforeAll(async () => {
    pruned = await createOrganization('Retention Checkpoint Co');
    prunedAdmin = await signedInCtx(
      await createUser({ organizationId: pruned.id, role: 'admin', email: 'retention-admin@acme-mail.example' }),
      pruned,
    );
    await addEvents(pruned.id, 6, 'old');
    // Age the first events past retention (the triggers refuse UPDATE; tests step around them).
    await db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL session_replication_role = replica');
      await tx.$executeRawUnsafe(
        `UPDATE "AuditEvent" SET "occurredAt" = now() - interval '500 days' WHERE "organizationId" = $1::uuid`,
        pruned.id,
      );
    });
    await addEvents(pruned.id, 5, 'recent');
    // What `npm run audit -- prune` runs.
    const results = await applyRetentionEverywhere(db(), 400);
    expect(results.find((r) => r.organizationId === pruned.id)?.pruned).toBeGreaterThan(0);
  });

  it('[R29] a full export starting at the signed anchor verifies as complete; cutting its head still fails', async () => {
    const { file, lines } = await exportFile(prunedAdmin, 'anchored.jsonl');
    const checkpoint = JSON.parse(lines.at(-1)!);
    expect(checkpoint.anchor).toMatchObject({
      type: 'audit.anchor',
      organizationId: pruned.id,
      prunedCount: expect.any(Number),
    });
    expect(JSON.parse(lines[0]!).prevHash).toBe(checkpoint.anchor.hash);
    const r = verify('--complete', '--key', keyFile, file);
    expect(r.out).toMatch(new RegExp(`complete chain from the retention anchor at #${checkpoint.anchor.throughSeq}`));
    expect(r.code).toBe(0);

    const cut = verify('--complete', '--key', keyFile, write('anchored-cut.jsonl', lines.slice(2)));
    expect(cut.code).toBe(1);
    expect(cut.out).toContain(
      `missing head: export starts at seq ${JSON.parse(lines[2]!).seq} but the chain starts at seq ${checkpoint.firstSeq} right after the retention anchor #${checkpoint.anchor.throughSeq}`,
    );
  });

  it('[R29] an anchor whose hash was changed in the file fails its signature', async () => {
    const { lines } = await exportFile(prunedAdmin, 'anchored-tamper.jsonl');
    const checkpoint = JSON.parse(lines.at(-1)!);
    // Pretend the chain started later: point the anchor at the third event's prevHash.
    const third = JSON.parse(lines[2]!);
    const forged = { ...checkpoint, anchor: { ...checkpoint.anchor, hash: third.prevHash } };
    const r = verify('--complete', write('anchored-forged.jsonl', [...lines.slice(2, -1), JSON.stringify(forged)]));
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/bad signature/);
  });
});

describe('checkpoints in the database', () => {
  it('[R29] are append-only: the database refuses to change or remove them', async () => {
    expect(await db().auditCheckpoint.count()).toBeGreaterThan(0);
    await expect(db().$executeRawUnsafe(`UPDATE "AuditCheckpoint" SET hash = 'x'`)).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`DELETE FROM "AuditCheckpoint"`)).rejects.toThrow(/append-only/);
  });
});

describe('the signed head: API, viewer, published key', () => {
  it('[R29] GET /api/v1/audit-events/head answers the current head, signed with the key at /.well-known/audit-checkpoint-key', async () => {
    const world = await ipAccessWorld('Head API Co');
    const key = (await newApiKey(world.ownerCtx, 'SIEM')).secret;
    await addEvents(world.org.id, 3, 'api');
    const res = await getHead(apiRequest('/api/v1/audit-events/head', { key }), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    const body = await res.json();
    const last = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: world.org.id },
      orderBy: { seq: 'desc' },
    });
    expect(body).toMatchObject({
      head: { type: 'audit.head', organizationId: world.org.id, seq: last.seq.toString(), hash: last.hash },
      anchor: null,
    });
    expect(body.publicKeyUrl).toBe('/.well-known/audit-checkpoint-key');
    const published = await (await getKey()).text();
    expect(published).toMatch(/^-----BEGIN PUBLIC KEY-----/);
    expect(verifyStatement(body.head, published)).toBe(true);
    // Asking again without new events returns the same checkpoint instead of storing another.
    const again = await (
      await getHead(apiRequest('/api/v1/audit-events/head', { key }), { params: Promise.resolve({}) })
    ).json();
    expect(again.head).toEqual(body.head);
    // No key, no head.
    expect((await getHead(apiRequest('/api/v1/audit-events/head'), { params: Promise.resolve({}) })).status).toBe(401);
  });

  it('[R25] the viewer reads the head of its own organization only, with audit:read', async () => {
    const head = await readAuditHead(admin);
    expect(head.head?.organizationId).toBe(org.id);
    const member = await signedInCtx(await createUser({ organizationId: org.id, role: 'member' }), org);
    expect(((await readAuditHead(member).catch((e: unknown) => e)) as AppError).code).toBe('FORBIDDEN');
  });

  it('the periodic job records a checkpoint only for chains whose head moved', async () => {
    await recordCheckpointsEverywhere();
    expect(await recordCheckpointsEverywhere()).toBe(0);
    await addEvents(org.id, 1, 'moved');
    expect(await recordCheckpointsEverywhere()).toBe(1);
  });
});

describe('rollback detection (npm run audit -- verify --against-checkpoint)', () => {
  it('[R29] newest events removed behind the application: the chain still verifies, the checkpoints do not', async () => {
    const victim = await createOrganization('Rollback Co');
    await addEvents(victim.id, 5, 'before');
    await recordCheckpointsEverywhere();
    expect((await compareWithCheckpoints(db(), victim.id)).ok).toBe(true);
    // Someone with database access restores an older state: the last two events disappear.
    const lastTwo = await db().auditEvent.findMany({
      where: { organizationId: victim.id },
      orderBy: { seq: 'desc' },
      take: 2,
    });
    await db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL session_replication_role = replica');
      await tx.$executeRawUnsafe(
        `DELETE FROM "AuditEvent" WHERE id = ANY($1::uuid[])`,
        lastTwo.map((e) => e.id),
      );
    });
    expect((await verifyChain(db(), victim.id)).ok).toBe(true);
    const result = await compareWithCheckpoints(db(), victim.id);
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(
      new RegExp(
        `rolled back: the checkpoint of .* names event #${lastTwo[0]!.seq}, which the live chain no longer has`,
      ),
    );
  });

  it('[R29] an anchor inserted to hide the start of the chain is reported as never signed', async () => {
    const victim = await createOrganization('Fake Anchor Co');
    await addEvents(victim.id, 4, 'start');
    const [first, second] = await db().auditEvent.findMany({
      where: { organizationId: victim.id },
      orderBy: { seq: 'asc' },
      take: 2,
    });
    await db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL session_replication_role = replica');
      await tx.$executeRawUnsafe(`DELETE FROM "AuditEvent" WHERE id = $1::uuid`, first!.id);
    });
    await db().auditAnchor.create({
      data: {
        organizationId: victim.id,
        prunedThroughSeq: first!.seq,
        anchorHash: second!.prevHash!,
        prunedCount: 1,
        prunedBefore: new Date(),
      },
    });
    expect((await verifyChain(db(), victim.id)).ok).toBe(true);
    const result = await compareWithCheckpoints(db(), victim.id);
    expect(result.problems.join('\n')).toMatch(new RegExp(`retention anchor at #${first!.seq} that was never signed`));
  });

  it('[R29] the offline verifier checks a head saved from the API earlier (--head): present passes, rolled back fails', async () => {
    const victim = await createOrganization('Saved Head Co');
    const victimAdmin = await signedInCtx(await createUser({ organizationId: victim.id, role: 'admin' }), victim);
    await addEvents(victim.id, 4, 'saved');
    const saved = path.join(dir, 'saved-head.json');
    fs.writeFileSync(saved, JSON.stringify(await readAuditHead(victimAdmin)));
    const savedSeq = JSON.parse(fs.readFileSync(saved, 'utf8')).head.seq;
    await addEvents(victim.id, 2, 'later');
    const good = await exportFile(victimAdmin, 'saved-good.jsonl');
    const ok = verify('--complete', '--key', keyFile, '--head', saved, good.file);
    expect(ok.out).toContain(`the saved head #${savedSeq} of`);
    expect(ok.code).toBe(0);
    // Events from the saved head on disappear (a restore); the next export no longer holds the saved head.
    await db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL session_replication_role = replica');
      await tx.$executeRawUnsafe(
        `DELETE FROM "AuditEvent" WHERE "organizationId" = $1::uuid AND seq >= $2::bigint`,
        victim.id,
        savedSeq,
      );
    });
    const rolled = await exportFile(victimAdmin, 'saved-rolled.jsonl');
    const r = verify('--complete', '--key', keyFile, '--head', saved, rolled.file);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`rolled back: the saved head #${savedSeq}`);
  });

  it("[R29] a head kept outside the server (an export's checkpoint) detects a rollback of the whole database", async () => {
    const victim = await createOrganization('Restored Co');
    const victimAdmin = await signedInCtx(await createUser({ organizationId: victim.id, role: 'admin' }), victim);
    await addEvents(victim.id, 3, 'kept');
    const { lines } = await exportFile(victimAdmin, 'kept.jsonl');
    const saved = JSON.parse(lines.at(-1)!).head;
    // The restored database has neither the export's event nor its checkpoint row.
    await db().$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL session_replication_role = replica');
      await tx.$executeRawUnsafe(
        `DELETE FROM "AuditEvent" WHERE "organizationId" = $1::uuid AND seq = $2::bigint`,
        victim.id,
        saved.seq,
      );
      await tx.$executeRawUnsafe(`DELETE FROM "AuditCheckpoint" WHERE "organizationId" = $1::uuid`, victim.id);
    });
    expect((await compareWithCheckpoints(db(), victim.id)).ok).toBe(true);
    const result = await compareWithCheckpoints(db(), victim.id, [saved]);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatch(new RegExp(`rolled back: .* names event #${saved.seq}`));
  });
});
