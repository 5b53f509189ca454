import type { Prisma } from '@/lib/generated/prisma/client';
import type { TAuditFilter } from '@/lib/validation/audit';
import { AUDIT_ACTIONS } from './catalogue';

const DAY = 86_400_000;

/** For "contains" filters: the user's % and _ are literal characters, not LIKE wildcards (Prisma passes them through). */
export const escapeLikeWildcards = (s: string) => s.replace(/[\\%_]/g, '\\$&');

/** Turns validated filters into a where clause, always scoped to one organization (never client input). */
export function auditWhere(organizationId: string, f: TAuditFilter): Prisma.AuditEventWhereInput {
  const and: Prisma.AuditEventWhereInput[] = [{ organizationId }];
  if (f.actor)
    and.push({
      OR: [{ actorLabel: { contains: escapeLikeWildcards(f.actor), mode: 'insensitive' } }, { actorId: f.actor }],
    });
  if (f.category)
    and.push({
      action: {
        in: Object.entries(AUDIT_ACTIONS)
          .filter(([, c]) => c === f.category)
          .map(([a]) => a),
      },
    });
  if (f.action) and.push({ action: f.action });
  if (f.target)
    and.push({
      OR: [
        { targetLabel: { contains: escapeLikeWildcards(f.target), mode: 'insensitive' } },
        { targetId: f.target },
        { targetType: f.target },
      ],
    });
  if (f.outcome) and.push({ outcome: f.outcome });
  if (f.from) and.push({ occurredAt: { gte: new Date(`${f.from}T00:00:00Z`) } });
  if (f.to) and.push({ occurredAt: { lt: new Date(Date.parse(`${f.to}T00:00:00Z`) + DAY) } });
  if (f.q) {
    const q = escapeLikeWildcards(f.q);
    and.push({
      OR: [
        { action: { contains: q, mode: 'insensitive' } },
        { actorLabel: { contains: q, mode: 'insensitive' } },
        { targetLabel: { contains: q, mode: 'insensitive' } },
        { targetId: f.q },
        { ip: { contains: q } },
        { requestId: f.q },
      ],
    });
  }
  return { AND: and };
}
