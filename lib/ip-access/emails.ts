import { renderMail, type RenderedMail } from '@/lib/mail/render';

// Emails to an organization's administrators when its IP allowlists change.

export const ipAccessEmails = {
  changed(p: {
    brand: string;
    name: string;
    organizationName: string;
    who: string;
    scopeTitle: string;
    what: string[];
    enabled: boolean;
    when: string;
    ip: string | null;
    url: string;
  }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `IP access rules changed for ${p.organizationName} (${p.scopeTitle})`,
      paragraphs: [
        `Hello ${p.name},`,
        `${p.who} changed the ${p.scopeTitle} allowlist of ${p.organizationName} on ${p.when}${p.ip ? ` from ${p.ip}` : ''}:`,
        ...p.what.map((line) => `• ${line}`),
        p.enabled
          ? `The ${p.scopeTitle} list is on: only the addresses on it are allowed.`
          : `The ${p.scopeTitle} list is off: every address is allowed.`,
        'You receive this because you administer the security of your organization. If you did not expect this change, review the list and the audit log now.',
      ],
      action: { label: 'Review IP access', url: p.url },
    });
  },
};
