import type { Permission } from '@/lib/access/permissions';
import type { RequestMeta } from '@/lib/request-context';

// What every domain function receives: who is asking (if anyone) and from where. Built by lib/dal.ts
// from the request, or by tests directly.

export interface SessionContext {
  sessionId: string;
  user: { id: string; email: string; name: string };
  organization: {
    id: string;
    slug: string;
    name: string;
    kind: 'VENDOR' | 'CUSTOMER';
    /** Version of the organization's IP access lists, read with the session (lib/ip-access cache check). */
    ipAccessVersion?: number;
  } | null;
  role: string | null;
  permissions: ReadonlySet<Permission>;
  reauthenticatedAt: Date | null;
  /** The organization requires two-factor authentication, the grace period is over and this user has no
   *  acceptable factor: the session holds no permission and pages send it to /two-factor/setup. */
  mfaEnrolmentRequired?: boolean;
  /** How the role is shown: "Admin", or a custom role's name. */
  roleLabel?: string | null;
  /** Set in a vendor staff member's support session: the customer's grant it acts under (lib/support-access). */
  supportGrant?: SupportGrantInfo | null;
}

export interface SupportGrantInfo {
  id: string;
  /** e.g. SG-7K3M-9QXD, named in the banner and in every audit event of the session. */
  reference: string;
  organizationName: string;
  /** "Read-only", or the name of the role granted. */
  scopeLabel: string;
  /** Read-only grants refuse every permission that changes something (lib/access/can.ts). */
  readOnly: boolean;
  expiresAt: Date;
}

export interface Ctx {
  meta: RequestMeta;
  session: SessionContext | null;
}

export type SignedInCtx = Ctx & { session: SessionContext };
