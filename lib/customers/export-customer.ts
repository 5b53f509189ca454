import { authorize } from '@/lib/access/authorize';
import { signedAuditExport } from '@/lib/audit/export-audit-events';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { parseInput } from '@/lib/validation/parse-input';
import { ZCustomerIdSchema } from '@/lib/validation/customers';
import { z } from 'zod';
import { lockCustomer } from './customer-rules';
import { auditBoth, staffActor } from './audit-both';
import { tenantTables } from './purge-customer';

export const ZExportCustomerSchema = ZCustomerIdSchema.extend({
  part: z.enum(['data', 'audit'], { message: 'Choose what to export: data or audit.' }),
});
export type TExportCustomer = z.infer<typeof ZExportCustomerSchema>;

export interface CustomerExport {
  filename: string;
  contentType: string;
  body: ReadableStream<Uint8Array>;
}

/** Columns that hold secrets or their hashes never leave the server, not even in a full export. */
const SECRET_COLUMN = /hash|secret|ciphertext|token/i;

function withoutSecrets(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([k]) => !SECRET_COLUMN.test(k)));
}

async function organizationData(customerId: string): Promise<Record<string, unknown>> {
  const prisma = db();
  const organization = await prisma.organization.findUniqueOrThrow({ where: { id: customerId } });
  const members = await prisma.membership.findMany({
    where: { organizationId: customerId },
    orderBy: { createdAt: 'asc' },
    select: {
      role: true,
      customRoleId: true,
      deactivatedAt: true,
      createdAt: true,
      user: {
        select: {
          id: true,
          email: true,
          name: true,
          status: true,
          createdAt: true,
          lastSignInAt: true,
          totpFactor: { select: { confirmedAt: true } },
          webauthnCredentials: { select: { name: true, createdAt: true } },
        },
      },
    },
  });
  const tables: Record<string, unknown[]> = {};
  for (const table of await tenantTables()) {
    if (table === 'AuditEvent') continue; // the audit log is its own, verifiable, JSON Lines file
    const rows = await prisma.$queryRawUnsafe<{ row: Record<string, unknown> }[]>(
      `SELECT to_jsonb(t) AS row FROM "${table.replace(/"/g, '')}" t WHERE "organizationId" = $1::uuid`,
      customerId,
    );
    if (rows.length) tables[table] = rows.map((r) => withoutSecrets(r.row));
  }
  return {
    format: 'trust-center-organization-export/1',
    exportedAt: new Date().toISOString(),
    organization: withoutSecrets(organization as unknown as Record<string, unknown>),
    members,
    tables,
  };
}

/**
 * The full export offered before deletion: the organization's data as JSON (`part: 'data'`), or its
 * whole audit log as JSON Lines (`part: 'audit'`) in the same format as the audit log's own export, so
 * `node scripts/verify-audit-export.mjs --complete` verifies it offline. Recorded in both chains first,
 * so the audit file ends with its own export event.
 */
export async function exportCustomer(ctx: Ctx, raw: TExportCustomer): Promise<CustomerExport> {
  const staff = await authorize(ctx, 'customers:manage', { vendorOnly: 'customer organizations' });
  const input = parseInput(ZExportCustomerSchema, raw);
  const org = await db().$transaction(async (tx) => {
    const row = await lockCustomer(tx, input.customerId);
    // The audit part records itself in the customer's chain as the export's signed head (below).
    await auditBoth(
      tx,
      staff,
      row,
      'customer.exported',
      { part: input.part },
      { customerChain: input.part === 'data' },
    );
    return row;
  });
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
  const encoder = new TextEncoder();
  if (input.part === 'data') {
    const json = JSON.stringify(
      await organizationData(org.id),
      (_k, v) => (typeof v === 'bigint' ? v.toString() : v),
      2,
    );
    return {
      filename: `organization-${org.slug}-${stamp}.json`,
      contentType: 'application/json; charset=utf-8',
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(encoder.encode(`${json}\n`));
          controller.close();
        },
      }),
    };
  }
  return signedAuditExport(
    org,
    {
      organizationId: org.id,
      action: 'customer.exported',
      actor: staffActor(staff),
      target: { type: 'organization', id: org.id, label: `${org.name} (${org.slug})` },
      changes: { part: 'audit' },
      meta: ctx.meta,
    },
    'jsonl',
    {},
  );
}
