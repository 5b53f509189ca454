import { renderMail, type RenderedMail } from '@/lib/mail/render';

// Emails to an organization's administrators about its API keys.

export const apiKeyEmails = {
  created(p: {
    brand: string;
    name: string;
    organizationName: string;
    who: string;
    keyName: string;
    prefix: string;
    when: string;
    ip: string | null;
    url: string;
  }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `New API key for ${p.organizationName}: ${p.keyName}`,
      paragraphs: [
        `Hello ${p.name},`,
        `${p.who} created the API key “${p.keyName}” (${p.prefix}…) for ${p.organizationName} on ${p.when}${p.ip ? ` from ${p.ip}` : ''}. It can call the ${p.brand} API for your organization until it is revoked.`,
        'You receive this because you administer the security of your organization. If you do not recognise this key, revoke it now.',
      ],
      action: { label: 'Review API keys', url: p.url },
    });
  },
};
