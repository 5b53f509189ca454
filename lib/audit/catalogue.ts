// The closed catalogue of audit actions. Adding an action means adding it here, with its category,
// so the viewer's filters and the documentation stay complete.

export const AUDIT_ACTIONS = {
  'auth.signin.succeeded': 'auth',
  'auth.signin.failed': 'auth',
  'auth.signin.locked': 'auth',
  'auth.signout': 'auth',
  'auth.reauth.succeeded': 'auth',
  'auth.reauth.failed': 'auth',
  'auth.password.changed': 'auth',
  'auth.password.reset_requested': 'auth',
  'auth.password.reset': 'auth',
  'session.revoked': 'session',
  'session.revoked_others': 'session',
  'access.denied': 'access',
  'abuse.report.submitted': 'abuse',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;
export type AuditCategory = (typeof AUDIT_ACTIONS)[AuditAction];
