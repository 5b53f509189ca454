import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';

export interface AccessRequestDto {
  id: string;
  name: string;
  email: string;
  company: string;
  reason: string;
  documents: string[];
  status: 'UNVERIFIED' | 'PENDING' | 'APPROVED' | 'DENIED';
  ndaVersion: string;
  ndaAcceptedAt: string;
  createdAt: string;
  decidedBy: string | null;
  decisionMessage: string | null;
  grant: { expiresAt: string; revokedAt: string | null; autoApproved: boolean; active: boolean } | null;
  /** This requester's history: downloads and views under this request. */
  downloads: number;
  views: number;
  lastActivityAt: string | null;
}

/** The staff queue and history: pending first, then the newest 200 decided requests. */
export async function listAccessRequests(ctx: Ctx): Promise<AccessRequestDto[]> {
  const organizationId = (await authorize(ctx, 'content:publish')).organization.id;
  const [rows, docs, events] = await Promise.all([
    db().documentAccessRequest.findMany({
      where: { organizationId },
      include: { grant: true },
      orderBy: { createdAt: 'desc' },
      take: 200,
    }),
    db().document.findMany({ where: { organizationId }, select: { id: true, title: true } }),
    db().documentEvent.groupBy({
      by: ['requestId', 'kind'],
      where: { organizationId, requestId: { not: null } },
      _count: { _all: true },
      _max: { occurredAt: true },
    }),
  ]);
  const title = new Map(docs.map((d) => [d.id, d.title]));
  const now = Date.now();
  const order = { PENDING: 0, UNVERIFIED: 1, APPROVED: 2, DENIED: 3 } as const;
  return rows
    .map((r) => {
      const ev = events.filter((e) => e.requestId === r.id);
      const last = ev.map((e) => e._max.occurredAt?.getTime() ?? 0).reduce((a, b) => Math.max(a, b), 0);
      return {
        id: r.id,
        name: r.name,
        email: r.email,
        company: r.company,
        reason: r.reason,
        documents: r.documentIds.map((id) => title.get(id) ?? 'Removed document'),
        status: r.status,
        ndaVersion: r.ndaVersion,
        ndaAcceptedAt: r.ndaAcceptedAt.toISOString(),
        createdAt: r.createdAt.toISOString(),
        decidedBy: r.decidedByLabel,
        decisionMessage: r.decisionMessage,
        grant: r.grant
          ? {
              expiresAt: r.grant.expiresAt.toISOString(),
              revokedAt: r.grant.revokedAt?.toISOString() ?? null,
              autoApproved: r.grant.autoApproved,
              active: !r.grant.revokedAt && r.grant.expiresAt.getTime() > now,
            }
          : null,
        downloads: ev.find((e) => e.kind === 'DOWNLOAD')?._count._all ?? 0,
        views: ev.find((e) => e.kind === 'VIEW')?._count._all ?? 0,
        lastActivityAt: last ? new Date(last).toISOString() : null,
      };
    })
    .sort((a, b) => order[a.status] - order[b.status]);
}
