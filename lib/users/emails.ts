import { renderMail, type RenderedMail } from '@/lib/mail/render';

// Emails about people joining an organization and their roles.

export const userEmails = {
  invitation(p: {
    brand: string;
    inviterName: string;
    inviterEmail: string;
    organization: string;
    role: string;
    url: string;
    expires: string;
  }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `${p.inviterName} invited you to ${p.organization} on ${p.brand}`,
      paragraphs: [
        'Hello,',
        `${p.inviterName} (${p.inviterEmail}) invited you to join ${p.organization} on the ${p.brand} Trust Center as ${p.role}.`,
        `The link below works once and expires on ${p.expires}. If you already have an account, you will be asked to sign in first.`,
        'If you did not expect this invitation, ignore this email: nothing happens unless you open the link and accept.',
      ],
      action: { label: `Join ${p.organization}`, url: p.url },
    });
  },
  accessGranted(p: {
    brand: string;
    name: string;
    member: string;
    organization: string;
    role: string;
    url: string;
  }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `${p.member} joined ${p.organization}`,
      paragraphs: [
        `Hello ${p.name},`,
        `${p.member} accepted an invitation and joined ${p.organization} as ${p.role}.`,
        'You can review who has access at any time.',
      ],
      action: { label: 'Review users', url: p.url },
    });
  },
  roleRaised(p: {
    brand: string;
    name: string;
    member: string;
    organization: string;
    from: string;
    to: string;
    by: string;
    url: string;
  }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `${p.member} is now ${p.to} of ${p.organization}`,
      paragraphs: [
        `Hello ${p.name},`,
        `${p.by} changed the role of ${p.member} in ${p.organization} from ${p.from} to ${p.to}, which can change the account's users or security.`,
        'If this was not expected, review the users of the organization now.',
      ],
      action: { label: 'Review users', url: p.url },
    });
  },
};
