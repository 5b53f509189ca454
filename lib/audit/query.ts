import type { Prisma } from '@/lib/generated/prisma/client';
import type { TAuditFilter } from '@/lib/validation/audit';
import { AUDIT_ACTIONS } from './catalogue';

const DAY = 86_400_000;

/** Turns validated filters into a where clause, always scoped to one organization (never client input). */
export function auditWhere(organizationId: string, f: TAuditFilter): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [{ organizationId }];
  if (f.actor) and.push({ OR: [{ actorLabel: { contains: f.actor, mode: 'insensitive' } }, { actorId: f.actor }] });
  if (f.category) and.push({ action: { in: Object.entries(AUDIT_ACTIONS).filter(([, c]) => c === f.category).map(([a]) => a) } });
  if (f.action) and.push({ action: f.action });
  if (f.target) and.push({ OR: [{ targetLabel: { contains: f.target, mode: 'insensitive' } }, { targetId: f.target }, { targetType: f.target }] });
  if (f.outcome) and.push({ outcome: f.outcome });
  if (f.from) and.push({ occurredAt: { gte: new Date(`${f.from}T00:00:00Z`) } });
  if (f.to) and.push({ occurredAt: { lt: new Date(Date.parse(`${f.to}T00:00:00Z`) + DAY) } });
  if (f.q) {
    and.push({
      OR: [
        { action: { contains: f.q, mode: 'insensitive' } },
        { actorLabel: { contains: f.q, mode: 'insensitive' } },
        { targetLabel: { contains: f.q, mode: 'insensitive' } },
        { targetId: f.q },
        { ip: { contains: f.q } },
        { requestId: f.q },
      ],
    });
  }
  return { AND: and };
}
