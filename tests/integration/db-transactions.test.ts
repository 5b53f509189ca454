// Interactive transactions on whichever database this run uses (PGlite by default, PostgreSQL with
// TEST_DATABASE_URL): every use-case writes its audit row in the same transaction as its change, so
// commit and rollback must really be atomic on both adapters. And the audit log must be append-only.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { databaseKind } from '@/tests/fixtures/db';

const audit = (organizationId: string | null, action: string) => ({
  organizationId,
  actorType: 'SYSTEM' as const,
  action,
  hash: `hash-of-${action}`,
});

describe(`interactive transactions on ${databaseKind()}`, () => {
  it('commits every write of the callback together', async () => {
    const org = await db().$transaction(async (tx) => {
      const created = await tx.organization.create({ data: { slug: 'tx-commit', name: 'Commit' } });
      await tx.auditEvent.create({ data: audit(created.id, 'organization.create') });
      return created;
    });
    expect(await db().organization.findUnique({ where: { slug: 'tx-commit' } })).toMatchObject({ id: org.id });
    expect(await db().auditEvent.count({ where: { organizationId: org.id } })).toBe(1);
  });

  it('rolls back every write when the callback throws', async () => {
    await expect(
      db().$transaction(async (tx) => {
        const created = await tx.organization.create({ data: { slug: 'tx-rollback', name: 'Rollback' } });
        await tx.auditEvent.create({ data: audit(created.id, 'organization.create') });
        throw new Error('use-case failed after writing');
      }),
    ).rejects.toThrow('use-case failed after writing');
    expect(await db().organization.findUnique({ where: { slug: 'tx-rollback' } })).toBeNull();
    expect(
      await db().auditEvent.count({ where: { action: 'organization.create', organization: { slug: 'tx-rollback' } } }),
    ).toBe(0);
  });

  it('a failed audit write fails the change it records', async () => {
    const missingOrganization = '0190a0a0-0000-7000-8000-000000000000';
    await expect(
      db().$transaction(async (tx) => {
        await tx.organization.create({ data: { slug: 'tx-audit-fails', name: 'Audit fails' } });
        await tx.auditEvent.create({ data: audit(missingOrganization, 'organization.create') }); // FK violation
      }),
    ).rejects.toThrow();
    expect(await db().organization.findUnique({ where: { slug: 'tx-audit-fails' } })).toBeNull();
  });

  it('keeps working after a rollback (the connection is not left inside a transaction)', async () => {
    for (let i = 0; i < 5; i++) {
      await expect(
        db().$transaction(async (tx) => {
          await tx.organization.create({ data: { slug: `tx-loop-${i}`, name: 'Loop' } });
          throw new Error('again');
        }),
      ).rejects.toThrow('again');
    }
    await db().organization.create({ data: { slug: 'tx-after-loop', name: 'After' } });
    expect(await db().organization.count({ where: { slug: { startsWith: 'tx-loop-' } } })).toBe(0);
    expect(await db().organization.count({ where: { slug: 'tx-after-loop' } })).toBe(1);
  });
});

describe('audit log', () => {
  it('[R29] UPDATE/DELETE of an AuditEvent row is refused by the database', async () => {
    const row = await db().auditEvent.create({ data: audit(null, 'r29.original') });

    await expect(db().auditEvent.update({ where: { id: row.id }, data: { action: 'r29.rewritten' } })).rejects.toThrow(
      /audit events are append-only/,
    );
    await expect(db().auditEvent.delete({ where: { id: row.id } })).rejects.toThrow(/audit events are append-only/);
    // Raw SQL gets no special treatment: the trigger is in the database, not in the client.
    await expect(
      db().$executeRawUnsafe(`UPDATE "AuditEvent" SET "action" = 'x' WHERE "id" = '${row.id}'`),
    ).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only/);

    expect(await db().auditEvent.findUnique({ where: { id: row.id } })).toEqual(row);
  });

  it('[R29] appending stays allowed', async () => {
    await db().auditEvent.createMany({ data: [audit(null, 'r29.a'), audit(null, 'r29.b')] });
    expect(await db().auditEvent.count({ where: { action: { startsWith: 'r29.' } } })).toBeGreaterThanOrEqual(2);
  });
});
