import 'server-only';
import { getTranslator, resolveLocale } from '@/lib/i18n/translator';
import { renderMail, type RenderedMail } from '@/lib/mail/render';
import type { ChangeNotice } from '@/lib/subprocessors/types';
import { formatDate } from '@/lib/ui/format';
import { diffHtml, diffText } from './diff-text';

// Emails of sub-processor change notices: confirming a subscription, the notice itself, and the
// acknowledgement of an objection. The first two go to a subscriber in the language they subscribed in
// (NoticeSubscriber.locale; a language no longer configured falls back to the default one).

const DIFF_MARKER = '\u0000diff\u0000';

export const noticeEmails = {
  confirmSubscription(p: { brand: string; url: string; expiresHours: number; locale?: string | null }): RenderedMail {
    const locale = resolveLocale(p.locale);
    const t = getTranslator(locale, 'emails.notices');
    return renderMail({
      brand: p.brand,
      sign: getTranslator(locale, 'emails')('sign', { brand: p.brand }),
      subject: t('confirmSubject', { brand: p.brand }),
      paragraphs: [t('confirmHello'), t('confirmBody', { brand: p.brand }), t('confirmHow', { hours: p.expiresHours })],
      action: { label: t('confirmAction'), url: p.url },
    });
  },

  notice(p: { brand: string; notice: ChangeNotice; unsubscribeUrl: string; locale?: string | null }): RenderedMail {
    const n = p.notice;
    const locale = resolveLocale(p.locale);
    const t = getTranslator(locale, 'emails.notices');
    const mail = renderMail({
      brand: p.brand,
      sign: getTranslator(locale, 'emails')('sign', { brand: p.brand }),
      subject: t('noticeSubject', { number: n.number, summary: n.summary }),
      paragraphs: [
        t('noticeIntro', { brand: p.brand }),
        n.summary,
        DIFF_MARKER,
        t('noticeEffective', { date: formatDate(n.effectiveDate, locale) }),
        t('noticeObjections', { date: formatDate(n.objectionDeadline, locale), brand: p.brand }),
      ],
      action: { label: t('noticeAction'), url: n.url },
      footer: t('noticeFooter', { brand: p.brand, url: p.unsubscribeUrl }),
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
    // To a customer administrator in the account console, which stays English in this issue.
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
