import { getConfig } from '@/lib/config';
import { AppError } from '@/lib/errors';
import { formatReason } from '@/lib/messages/errors';

// The words and constants of a customer organization's lifecycle, without server-only imports: the
// session, sign-in and API key checks use them on every request.

export const SUSPENDED_REASON = 'organization suspended';
export const DELETION_REASON = 'organization pending deletion';
/** Days a deleted organization can be restored before the purge removes it. */
export const RESTORE_DAYS = 30;

/** What a refused member or API client is told: which organization, and whom to contact. */
export function suspendedMessage(org: { name: string; status: string }): string {
  return suspendedError(org).message;
}

/** The ORGANIZATION_SUSPENDED refusal of a member or API client of `org`. */
export function suspendedError(org: { name: string; status: string }): AppError {
  const params = { name: org.name, supportEmail: getConfig().supportEmail };
  return new AppError(
    org.status === 'PENDING_DELETION' ? 'ORGANIZATION_PENDING_DELETION' : 'ORGANIZATION_IS_SUSPENDED',
    params,
  );
}

/** An email outside the organization's allowed domains, or null when it may be invited. */
export function domainRefusal(email: string, domains: readonly string[]): string | null {
  const outside = outsideInvitationDomains(email, domains);
  return outside && formatReason('INVITATION_DOMAIN_NOT_ALLOWED', outside);
}

/** The params of INVITATION_DOMAIN_NOT_ALLOWED when the email is outside the allowed domains, else null. */
export function outsideInvitationDomains(email: string, domains: readonly string[]): { domains: string } | null {
  if (domains.length === 0) return null;
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return domains.includes(domain) ? null : { domains: domains.map((d) => `@${d}`).join(', ') };
}
