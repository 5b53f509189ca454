import { renderMail, type RenderedMail } from '@/lib/mail/render';
import type { ChangeNotice } from '@/lib/subprocessors/types';
import { formatDate } from '@/lib/ui/format';
import { diffHtml, diffText } from './diff-text';

// Emails of sub-processor change notices: confirming a subscription, the notice itself, and the
// acknowledgement of an objection.

const DIFF_MARKER = '\u0000diff\u0000';

export const noticeEmails = {
  confirmSubscription(p: { brand: string; url: string; expiresHours: number }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `Confirm your subscription to ${p.brand} sub-processor change notices`,
      paragraphs: [
        'Hello,',
        `Someone — hopefully you — asked to receive ${p.brand}'s sub-processor change notices at this address. Nothing is sent until the subscription is confirmed.`,
        `Open the link below and press “Confirm subscription”. The link works for ${p.expiresHours} hours. If you did not ask for this, ignore this email: you will not hear from us again.`,
      ],
      action: { label: 'Confirm subscription', url: p.url },
    });
  },

  notice(p: { brand: string; notice: ChangeNotice; unsubscribeUrl: string }): RenderedMail {
    const n = p.notice;
    const mail = renderMail({
      brand: p.brand,
      subject: `Sub-processor change notice #${n.number}: ${n.summary}`,
      paragraphs: [
        `${p.brand} is changing the sub-processors it uses to process customer data.`,
        n.summary,
        DIFF_MARKER,
        `Effective date: ${formatDate(n.effectiveDate)}.`,
        `Objections: a customer may object to this change until ${formatDate(n.objectionDeadline)}. An administrator of your organization can file the objection from the notice in the account console (Sub-processor notices), or by replying to your usual ${p.brand} contact.`,
      ],
      action: { label: 'Read the notice and how to object', url: n.url },
      footer: `You receive this because this address subscribed to ${p.brand}'s sub-processor change notices. Unsubscribe: ${p.unsubscribeUrl}`,
    });
    return {
      subject: mail.subject,
      text: mail.text.replace(DIFF_MARKER, diffText(n.diff)),
      html: mail.html.replace(`<p>${DIFF_MARKER}</p>`, diffHtml(n.diff)),
    };
  },

  objectionReceived(p: {
    brand: string;
    name: string;
    organizationName: string;
    number: number;
    summary: string;
    reason: string;
    url: string;
  }): RenderedMail {
    return renderMail({
      brand: p.brand,
      subject: `Objection received: sub-processor change notice #${p.number}`,
      paragraphs: [
        `Hello ${p.name},`,
        `We have recorded ${p.organizationName}'s objection to sub-processor change notice #${p.number} (“${p.summary}”). Our team will review it and get back to you.`,
        `Your reason, as recorded: ${p.reason}`,
      ],
      action: { label: 'See the notice and your objection', url: p.url },
    });
  },
};
