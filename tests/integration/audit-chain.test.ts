import { beforeEach, describe, expect, it } from 'vitest';
import { applyRetention } from '@/lib/audit/apply-retention';
import { recordAudit } from '@/lib/audit/record';
import { verifyChain } from '@/lib/audit/verify-chain';
import { db } from '@/lib/db';
import { createOrganization, meta } from '@/tests/fixtures/factories';

let orgId: string;
beforeEach(async () => {
  orgId = (await createOrganization('Chain Co')).id;
});

async function append(n: number, organizationId = orgId) {
  for (let i = 0; i < n; i++) {
    await db().$transaction((tx) =>
      recordAudit(tx, {
        organizationId,
        action: 'session.revoked',
        actor: { type: 'USER', id: `u${i}`, label: `user${i}@example.test` },
        target: { type: 'session', id: `s${i}` },
        changes: { before: { active: true }, after: { active: false }, n: i },
        meta: meta(),
      }),
    );
  }
  return db().auditEvent.findMany({ where: { organizationId }, orderBy: { seq: 'asc' } });
}

/** What an attacker with direct database access could do: bypass the append-only triggers. */
async function tamper(sql: string, ...params: unknown[]) {
  await db().$transaction(async (tx) => {
    await tx.$executeRawUnsafe('SET LOCAL session_replication_role = replica');
    await tx.$executeRawUnsafe(sql, ...params);
  });
}

describe('[R29] tamper-evident hash chain', () => {
  it('[R29] an untouched chain verifies', async () => {
    await append(5);
    const r = await verifyChain(db(), orgId);
    expect(r).toMatchObject({ ok: true, checked: 5, firstBreak: null, startedFrom: 'genesis' });
  });

  it('[R29] detects an edited event at that event', async () => {
    const rows = await append(5);
    await tamper(`UPDATE "AuditEvent" SET "actorLabel" = 'someone-else@example.test' WHERE id = $1::uuid`, rows[2]!.id);
    const r = await verifyChain(db(), orgId);
    expect(r.ok).toBe(false);
    expect(r.firstBreak).toMatchObject({ seq: rows[2]!.seq.toString(), reason: expect.stringMatching(/edited/) });
    expect(r.checked).toBe(2);
  });

  it('[R29] detects a deleted event at the next one', async () => {
    const rows = await append(5);
    await tamper(`DELETE FROM "AuditEvent" WHERE id = $1::uuid`, rows[1]!.id);
    const r = await verifyChain(db(), orgId);
    expect(r.firstBreak).toMatchObject({ seq: rows[2]!.seq.toString(), reason: expect.stringMatching(/link broken/) });
  });

  it('[R29] detects reordered events', async () => {
    const rows = await append(4);
    const [a, b] = [rows[1]!, rows[2]!];
    await tamper(`UPDATE "AuditEvent" SET seq = -1 WHERE id = $1::uuid`, a.id);
    await tamper(`UPDATE "AuditEvent" SET seq = $1 WHERE id = $2::uuid`, a.seq, b.id);
    await tamper(`UPDATE "AuditEvent" SET seq = $1 WHERE id = $2::uuid`, b.seq, a.id);
    const r = await verifyChain(db(), orgId);
    expect(r.ok).toBe(false);
    expect(r.firstBreak?.seq).toBe(a.seq.toString());
  });

  it('[R29] concurrent writers never fork the chain', async () => {
    await Promise.all(Array.from({ length: 12 }, () => append(1)));
    const r = await verifyChain(db(), orgId);
    expect(r).toMatchObject({ ok: true, checked: 12 });
  });

  it('a failed change rolls its event back with it', async () => {
    await append(1);
    await expect(
      db().$transaction(async (tx) => {
        await recordAudit(tx, {
          organizationId: orgId,
          action: 'auth.signout',
          actor: { type: 'SYSTEM', id: null, label: null },
          meta: meta(),
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db().auditEvent.count({ where: { organizationId: orgId } })).toBe(1);
    expect((await verifyChain(db(), orgId)).ok).toBe(true);
  });

  it('[R28] secrets in recorded changes are redacted', async () => {
    await db().$transaction((tx) =>
      recordAudit(tx, {
        organizationId: orgId,
        action: 'auth.password.changed',
        actor: { type: 'SYSTEM', id: null, label: null },
        changes: { password: 'hunter2-hunter2', nested: { apiKey: 'k_live_123', label: 'fine' } },
        meta: meta(),
      }),
    );
    const row = await db().auditEvent.findFirstOrThrow({ where: { organizationId: orgId } });
    expect(row.changes).toEqual({ password: '[redacted]', nested: { apiKey: '[redacted]', label: 'fine' } });
  });
});

describe('[R29] retention keeps the chain verifiable', () => {
  it('[R29] removes a whole old segment, records an anchor, and the rest still verifies', async () => {
    const rows = await append(6);
    const old = new Date(Date.now() - 40 * 86_400_000);
    await tamper(
      `UPDATE "AuditEvent" SET "occurredAt" = $1 WHERE seq <= $2 AND "organizationId" = $3::uuid`,
      old,
      rows[2]!.seq,
      orgId,
    );
    // Backdating broke those events' hashes; rebuild them as if they had been written 40 days ago.
    const { chainHash } = await import('@/lib/audit/hash-chain');
    const { fieldsOf } = await import('@/lib/audit/verify-chain');
    let prev: string | null = null;
    for (const r of await db().auditEvent.findMany({ where: { organizationId: orgId }, orderBy: { seq: 'asc' } })) {
      const hash = chainHash(prev, fieldsOf(r));
      await tamper(`UPDATE "AuditEvent" SET "prevHash" = $1, hash = $2 WHERE id = $3::uuid`, prev, hash, r.id);
      prev = hash;
    }
    expect((await verifyChain(db(), orgId)).ok).toBe(true);

    const result = await applyRetention(db(), orgId, new Date(Date.now() - 30 * 86_400_000));
    expect(result).toMatchObject({ pruned: 3, anchorSeq: rows[2]!.seq.toString() });
    const r = await verifyChain(db(), orgId);
    expect(r).toMatchObject({ ok: true, checked: 4 }); // 3 remaining + the retention event itself
    expect(r.startedFrom).toMatchObject({ anchorSeq: rows[2]!.seq.toString() });
  });

  it('[R29] the application cannot delete recent events even through the retention switch', async () => {
    await append(2);
    await expect(
      db().$transaction(async (tx) => {
        await tx.$executeRawUnsafe("SELECT set_config('trust_center.audit_retention', 'on', true)");
        await tx.auditEvent.deleteMany({ where: { organizationId: orgId } });
      }),
    ).rejects.toThrow(/append-only/);
    expect(await db().auditEvent.count({ where: { organizationId: orgId } })).toBe(2);
  });
});
