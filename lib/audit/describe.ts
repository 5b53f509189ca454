// Words for the viewer: what an action means, in one line a customer understands.
const PHRASES: Record<string, string> = {
  'auth.signin.succeeded': 'Signed in',
  'auth.signin.failed': 'Sign-in failed',
  'auth.signin.locked': 'Sign-in paused after repeated failures',
  'auth.signout': 'Signed out',
  'auth.reauth.succeeded': 'Confirmed identity for a sensitive change',
  'auth.reauth.failed': 'Identity confirmation failed',
  'auth.password.changed': 'Changed password',
  'auth.password.reset_requested': 'Requested a password reset',
  'auth.password.reset': 'Reset password',
  'session.revoked': 'Ended a session',
  'session.revoked_others': 'Ended all other sessions',
  'access.denied': 'Access refused',
  'audit.exported': 'Exported the audit log',
  'audit.verified': 'Verified the audit log',
  'audit.retention.applied': 'Removed events past retention',
  'notification.preferences.updated': 'Changed notification preferences',
  'ip_access.rule_added': 'Added an address to an IP allowlist',
  'ip_access.rule_removed': 'Removed an address from an IP allowlist',
  'ip_access.list_enabled': 'Turned an IP allowlist on',
  'ip_access.list_disabled': 'Turned an IP allowlist off',
  'ip_access.list_imported': 'Imported an IP allowlist',
  'ip_access.break_glass': 'IP allowlist turned off by the server operator',
  'ip_access.denied': 'Refused a request from an address outside the allowlist',
  'api_key.created': 'Created an API key',
  'api_key.revoked': 'Revoked an API key',
  'api_key.auth_failed': 'API authentication failed',
};

export function describeAction(action: string): string {
  return PHRASES[action] ?? action.replace(/[._]/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}
