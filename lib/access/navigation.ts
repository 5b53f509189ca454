import type { Permission } from './permissions';

// The account console's menu; an entry appears only for users holding its permission (R25 is enforced
// on the server regardless — hiding is a courtesy).
export const ACCOUNT_NAV: { href: string; label: string; permission: Permission }[] = [
  { href: '/account', label: 'Overview', permission: 'account:read' },
  { href: '/account/security', label: 'Security', permission: 'account:read' },
  { href: '/account/profile', label: 'Your account', permission: 'account:read' },
  { href: '/account/users', label: 'Users', permission: 'account:read' },
  { href: '/account/roles', label: 'Roles', permission: 'account:read' },
  { href: '/account/support-access', label: 'Support access', permission: 'account:read' },
  { href: '/account/support', label: 'Support sessions', permission: 'support:act' },
  { href: '/account/ip-access', label: 'IP access', permission: 'ip-access:manage' },
  { href: '/account/sso', label: 'Single sign-on', permission: 'sso:manage' },
  { href: '/account/api-keys', label: 'API keys', permission: 'api-keys:manage' },
  { href: '/account/audit-log', label: 'Audit log', permission: 'audit:read' },
  { href: '/account/notifications', label: 'Notifications', permission: 'account:read' },
  { href: '/account/webhooks', label: 'Webhooks', permission: 'webhooks:manage' },
  { href: '/account/subprocessor-notices', label: 'Sub-processor notices', permission: 'account:read' },
];

export const STUDIO_NAV: { href: string; label: string; permission: Permission }[] = [
  { href: '/studio', label: 'Overview', permission: 'content:edit' },
  { href: '/studio/pages', label: 'Pages', permission: 'content:edit' },
  { href: '/studio/reviews', label: 'Reviews', permission: 'content:edit' },
  { href: '/studio/answers', label: 'Answers', permission: 'content:edit' },
  { href: '/studio/questionnaires', label: 'Questionnaires', permission: 'content:edit' },
  { href: '/studio/subprocessors', label: 'Sub-processors', permission: 'content:edit' },
  { href: '/studio/subprocessors/objections', label: 'Objections', permission: 'content:edit' },
  { href: '/studio/documents', label: 'Documents', permission: 'content:edit' },
  { href: '/studio/access-requests', label: 'Access requests', permission: 'content:publish' },
  { href: '/studio/abuse', label: 'Abuse reports', permission: 'content:publish' },
  { href: '/studio/customers', label: 'Customers', permission: 'customers:manage' },
  { href: '/studio/settings', label: 'Settings', permission: 'content:publish' },
  // Shown only while emails are kept locally (MAIL_TRANSPORT=log): see app/(studio)/studio/layout.tsx.
  { href: '/studio/outbox', label: 'Outbox', permission: 'content:publish' },
];

export function visibleNav<T extends { permission: Permission }>(
  items: T[],
  permissions: ReadonlySet<Permission>,
): T[] {
  return items.filter((i) => permissions.has(i.permission));
}
