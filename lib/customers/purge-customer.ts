import { recordAudit } from '@/lib/audit/record';
import { getConfig } from '@/lib/config';
import { db } from '@/lib/db';
import { documentStorage } from '@/lib/documents/storage';
import type { Prisma } from '@/lib/generated/prisma/client';
import { logger } from '@/lib/log';
import { emailOwners } from './customer-rules';
import { customerEmails } from './emails';

export interface PurgeResult {
  organizationId: string;
  slug: string;
  /** Rows removed per table, e.g. { Membership: 3, AuditEvent: 41 }. */
  removed: Record<string, number>;
  filesRemoved: number;
}

const SYSTEM_META = { ip: null, userAgent: null, requestId: null };

/** Every table with an organizationId column: the tenant tables a purge must empty of the organization. */
export async function tenantTables(client: Prisma.TransactionClient = db()): Promise<string[]> {
  const rows = await client.$queryRawUnsafe<{ table_name: string }[]>(
    `SELECT table_name FROM information_schema.columns WHERE column_name = 'organizationId' AND table_schema = current_schema() ORDER BY table_name`,
  );
  return rows.map((r) => r.table_name);
}

/**
 * Removes a customer organization whose restore period is over: its users who belong nowhere else, every
 * row of every tenant table, its audit chain (allowed by the database only for such an organization, see
 * the customer_lifecycle migration) and its stored document files. The vendor's chain keeps an anchor:
 * the customer's last audit hash and how many events it held, so an export taken before still proves
 * what the chain was. Returns null when the organization is not (or no longer) due.
 */
export async function purgeCustomer(customerId: string, now = new Date()): Promise<PurgeResult | null> {
  const result = await db().$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', `customer:${customerId}`);
      const org = await tx.organization.findFirst({
        where: { id: customerId, kind: 'CUSTOMER', status: 'PENDING_DELETION', purgeAfter: { lte: now } },
      });
      if (!org) return null;
      const removed: Record<string, number> = {};

      // The last words to the owners go out before their addresses are removed.
      const { brand, supportEmail } = getConfig();
      await emailOwners(tx, org.id, 'customer-purged', (o) =>
        customerEmails.purged({ brand: brand.name, name: o.name, organization: org.name, supportEmail }),
      );

      const chain = await tx.auditEvent.aggregate({ where: { organizationId: org.id }, _count: { _all: true } });
      const last = await tx.auditEvent.findFirst({
        where: { organizationId: org.id },
        orderBy: { seq: 'desc' },
        select: { hash: true, seq: true },
      });
      const files = await tx.documentFile.findMany({
        where: { document: { organizationId: org.id } },
        select: { storageKey: true },
      });

      // People who belong to this organization only: their accounts go with it.
      const members = await tx.membership.findMany({ where: { organizationId: org.id }, select: { userId: true } });
      const elsewhere = await tx.membership.findMany({
        where: { userId: { in: members.map((m) => m.userId) }, organizationId: { not: org.id } },
        select: { userId: true },
      });
      const keep = new Set(elsewhere.map((m) => m.userId));
      const users = await tx.user.deleteMany({
        where: { id: { in: members.map((m) => m.userId).filter((id) => !keep.has(id)) } },
      });
      removed.User = users.count;

      await tx.$executeRawUnsafe("SELECT set_config('trust_center.organization_purge', $1, true)", org.id);
      removed.AuditEvent = await tx.$executeRawUnsafe(
        'DELETE FROM "AuditEvent" WHERE "organizationId" = $1::uuid',
        org.id,
      );
      // Its signed checkpoints go with the chain they describe (allowed on the same terms, audit_checkpoints migration).
      removed.AuditCheckpoint = await tx.$executeRawUnsafe(
        'DELETE FROM "AuditCheckpoint" WHERE "organizationId" = $1::uuid',
        org.id,
      );
      await tx.$executeRawUnsafe("SELECT set_config('trust_center.organization_purge', '', true)");
      removed.Session = await tx.$executeRawUnsafe('DELETE FROM "Session" WHERE "organizationId" = $1::uuid', org.id);
      // Tables with a foreign key to the organization cascade from its row; the rest are emptied one by one.
      for (const table of await tenantTables(tx)) {
        if (table === 'AuditEvent' || table === 'AuditCheckpoint' || table === 'Session') continue;
        const n = await tx.$executeRawUnsafe(
          `DELETE FROM "${table.replace(/"/g, '')}" WHERE "organizationId" = $1::uuid`,
          org.id,
        );
        if (n) removed[table] = n;
      }
      await tx.organization.delete({ where: { id: org.id } });
      removed.Organization = 1;

      const vendor = await tx.organization.findFirst({
        where: { kind: 'VENDOR' },
        orderBy: { createdAt: 'asc' },
        select: { id: true },
      });
      await recordAudit(tx, {
        organizationId: vendor?.id ?? null,
        action: 'customer.purged',
        actor: { type: 'SYSTEM', id: null, label: 'customer purge' },
        target: { type: 'organization', id: org.id, label: `${org.name} (${org.slug})` },
        changes: {
          deletionRequestedAt: org.deletionRequestedAt?.toISOString() ?? null,
          // The anchor: the customer's chain ended with this hash after this many events.
          customerChain: {
            events: chain._count._all,
            lastSeq: last?.seq.toString() ?? null,
            lastSha256: last?.hash ?? null,
          },
          removed,
          documentFiles: files.length,
        },
        meta: SYSTEM_META,
      });
      return { organizationId: org.id, slug: org.slug, removed, files: files.map((f) => f.storageKey) };
    },
    { timeout: 120_000 },
  );
  if (!result) return null;
  // Files after the commit: a failed delete leaves an orphan file, never a row pointing at nothing.
  let filesRemoved = 0;
  for (const key of result.files) {
    try {
      await documentStorage().delete(key);
      filesRemoved++;
    } catch (err) {
      logger.warn({ key, err: { message: (err as Error).message } }, 'customer purge: could not delete a stored file');
    }
  }
  return { organizationId: result.organizationId, slug: result.slug, removed: result.removed, filesRemoved };
}

/** Every customer organization whose restore period is over (the daily job, and tests). */
export async function purgeDueCustomers(now = new Date()): Promise<PurgeResult[]> {
  const due = await db().organization.findMany({
    where: { kind: 'CUSTOMER', status: 'PENDING_DELETION', purgeAfter: { lte: now } },
    select: { id: true },
  });
  const results: PurgeResult[] = [];
  for (const { id } of due) {
    const r = await purgeCustomer(id, now);
    if (r) results.push(r);
  }
  return results;
}
