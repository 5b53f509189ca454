import 'server-only';
import { getTranslator, resolveLocale } from '@/lib/i18n/translator';
import { renderMail, type RenderedMail } from '@/lib/mail/render';

// Emails to prospects who request gated documents, in the language they requested in
// (DocumentAccessRequest.locale). Links come from APP_URL (lib/mail/render.ts).

type Locale = { locale?: string | null };

function translators(locale: string | null | undefined, brand: string) {
  const l = resolveLocale(locale);
  return { t: getTranslator(l, 'emails.documents'), sign: getTranslator(l, 'emails')('sign', { brand }) };
}

export const documentEmails = {
  verify(p: { brand: string; name: string; url: string; hours: number } & Locale): RenderedMail {
    const { t, sign } = translators(p.locale, p.brand);
    return renderMail({
      brand: p.brand,
      sign,
      subject: t('verifySubject', { brand: p.brand }),
      paragraphs: [t('hello', { name: p.name }), t('verifyBody', { hours: p.hours }), t('verifyIgnore')],
      action: { label: t('verifyAction'), url: p.url },
    });
  },
  granted(
    p: { brand: string; name: string; url: string; expires: string; documents: string[] } & Locale,
  ): RenderedMail {
    const { t, sign } = translators(p.locale, p.brand);
    return renderMail({
      brand: p.brand,
      sign,
      subject: t('grantedSubject', { brand: p.brand }),
      paragraphs: [
        t('hello', { name: p.name }),
        t('grantedDocuments', { documents: p.documents.join(', ') }),
        t('grantedUntil', { expires: p.expires }),
      ],
      action: { label: t('grantedAction'), url: p.url },
    });
  },
  denied(p: { brand: string; name: string; message: string } & Locale): RenderedMail {
    const { t, sign } = translators(p.locale, p.brand);
    return renderMail({
      brand: p.brand,
      sign,
      subject: t('deniedSubject', { brand: p.brand }),
      paragraphs: [t('hello', { name: p.name }), t('deniedBody'), t('deniedMessage', { message: p.message })],
    });
  },
  received(p: { brand: string; name: string } & Locale): RenderedMail {
    const { t, sign } = translators(p.locale, p.brand);
    return renderMail({
      brand: p.brand,
      sign,
      subject: t('receivedSubject', { brand: p.brand }),
      paragraphs: [t('hello', { name: p.name }), t('receivedBody')],
    });
  },
};
