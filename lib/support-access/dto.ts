export type GrantState = 'active' | 'expired' | 'revoked';

/** A grant as the customer's members see it. */
export interface SupportGrantDTO {
  id: string;
  reference: string;
  grantee: string;
  scopeLabel: string;
  readOnly: boolean;
  reason: string;
  grantedBy: string;
  createdAt: string;
  expiresAt: string;
  state: GrantState;
  firstUsedAt: string | null;
  revokedBy: string | null;
}

/** A grant as a vendor staff member sees it: an account they may open now. */
export interface MySupportGrantDTO {
  id: string;
  reference: string;
  organizationName: string;
  scopeLabel: string;
  readOnly: boolean;
  reason: string;
  grantedBy: string;
  expiresAt: string;
  /** Named to this staff member rather than to the whole team. */
  personal: boolean;
}

export interface SupportStaffDTO {
  id: string;
  name: string;
  email: string;
}
