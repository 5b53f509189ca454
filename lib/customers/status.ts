import { getConfig } from '@/lib/config';

// The words and constants of a customer organization's lifecycle, without server-only imports: the
// session, sign-in and API key checks use them on every request.

export const SUSPENDED_REASON = 'organization suspended';
export const DELETION_REASON = 'organization pending deletion';
/** Days a deleted organization can be restored before the purge removes it. */
export const RESTORE_DAYS = 30;

/** What a refused member or API client is told: which organization, and whom to contact. */
export function suspendedMessage(org: { name: string; status: string }): string {
  const { supportEmail } = getConfig();
  return org.status === 'PENDING_DELETION'
    ? `${org.name} is scheduled for deletion and can no longer be used. Contact ${supportEmail} if this is a mistake.`
    : `${org.name} is suspended. Contact ${supportEmail} to have it reactivated.`;
}

/** An email outside the organization's allowed domains, or null when it may be invited. */
export function domainRefusal(email: string, domains: readonly string[]): string | null {
  if (domains.length === 0) return null;
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return domains.includes(domain) ? null : `Invitations to this organization are limited to ${domains.map((d) => `@${d}`).join(', ')}.`;
}
