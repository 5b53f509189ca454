import type { AppConfig } from '@/lib/config';

// RFC 9116 security.txt from configuration. Expires is required by the RFC; without SECURITY_TXT_EXPIRES
// it is 180 days after `now` (the server's start), so a running deployment never publishes a stale file.
export function securityTxt(config: Pick<AppConfig, 'securityContact' | 'appUrl' | 'securityTxt'>, now: number): string {
  const { securityContact, appUrl, securityTxt: t } = config;
  const expires = t.expires ? new Date(t.expires) : new Date(now + 180 * 86_400_000);
  const contact = /^(mailto:|https:\/\/|tel:)/.test(securityContact) ? securityContact : `mailto:${securityContact}`;
  const lines = [
    `Contact: ${contact}`,
    `Expires: ${expires.toISOString().replace(/\.\d{3}Z$/, 'Z')}`,
    t.encryption ? `Encryption: ${t.encryption}` : null,
    t.acknowledgments ? `Acknowledgments: ${t.acknowledgments}` : null,
    `Preferred-Languages: ${t.languages}`,
    `Canonical: ${new URL('/.well-known/security.txt', appUrl).toString()}`,
    t.policy ? `Policy: ${t.policy}` : null,
  ];
  return `${lines.filter(Boolean).join('\n')}\n`;
}
