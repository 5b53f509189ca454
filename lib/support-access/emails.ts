import { renderMail, type RenderedMail } from '@/lib/mail/render';

// Emails to a customer's admins about the vendor's support staff in their account.

export const supportEmails = {
  granted(p: {
    brand: string;
    name: string;
    organization: string;
    by: string;
    grantee: string;
    scope: string;
    reason: string;
    expires: string;
    reference: string;
    url: string;
  }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `Support access to ${p.organization} granted (${p.reference})`,
      paragraphs: [
        `Hello ${p.name},`,
        `${p.by} gave ${p.grantee} ${p.scope.toLowerCase()} access to ${p.organization} until ${p.expires}.`,
        `Reason given: ${p.reason}`,
        'Everything support staff do under this grant appears in your audit log. You can revoke the grant at any time.',
      ],
      action: { label: 'Review support access', url: p.url },
    });
  },
  used(p: {
    brand: string;
    name: string;
    organization: string;
    staff: string;
    reference: string;
    expires: string;
    url: string;
  }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `${p.brand} support opened ${p.organization} (${p.reference})`,
      paragraphs: [
        `Hello ${p.name},`,
        `${p.staff} of ${p.brand} support opened ${p.organization} for the first time under grant ${p.reference}. The grant ends ${p.expires}.`,
        'Their actions are recorded in your audit log as vendor staff under this grant. If you did not expect this, revoke the grant now.',
      ],
      action: { label: 'Review support access', url: p.url },
    });
  },
};
