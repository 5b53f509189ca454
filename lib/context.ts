import type { Permission } from '@/lib/access/permissions';
import type { RequestMeta } from '@/lib/request-context';

// What every domain function receives: who is asking (if anyone) and from where. Built by lib/dal.ts
// from the request, or by tests directly.

export interface SessionContext {
  sessionId: string;
  user: { id: string; email: string; name: string };
  organization: { id: string; slug: string; name: string; kind: 'VENDOR' | 'CUSTOMER' } | null;
  role: string | null;
  permissions: ReadonlySet<Permission>;
  reauthenticatedAt: Date | null;
}

export interface Ctx {
  meta: RequestMeta;
  session: SessionContext | null;
}

export type SignedInCtx = Ctx & { session: SessionContext };
