import { renderMail, type RenderedMail } from '@/lib/mail/render';

// Emails to people who reported abuse. Only what staff chose to send: internal notes never leave.

export const abuseEmails = {
  received(p: { brand: string; reference: string }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `We received your abuse report ${p.reference}`,
      paragraphs: [
        'Hello,',
        `Thank you for telling us. Your report has the reference ${p.reference}; please quote it if you write to us about it.`,
        'Our team looks at every report. We write again only if we need more from you or have something to tell you.',
      ],
    });
  },
  reply(p: { brand: string; reference: string; message: string }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `About your abuse report ${p.reference}`,
      paragraphs: ['Hello,', `A message from our team about your report ${p.reference}:`, p.message],
    });
  },
};
