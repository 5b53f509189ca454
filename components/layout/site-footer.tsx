import Link from 'next/link';
import { getTranslator } from '@/lib/i18n/translator';
import { hrefIn } from '@/lib/i18n/request-locale';

export function SiteFooter({
  brandName,
  securityContact,
  locale,
}: {
  brandName: string;
  securityContact: string;
  locale: string;
}) {
  const t = getTranslator(locale, 'trust.footer');
  const year = new Date().getUTCFullYear();
  return (
    <footer className="no-print mt-auto border-t border-border bg-bg-subtle">
      <div className="mx-auto flex max-w-7xl flex-wrap justify-between gap-4 px-4 py-6 text-sm text-fg-muted">
        <p>
          {t('copyright', { year: String(year), brand: brandName })} {t('securityQuestions')}{' '}
          <a href={securityContact}>{securityContact.replace(/^mailto:/, '')}</a>
        </p>
        <p>
          <Link href={hrefIn(locale, '/changelog')}>{t('changelog')}</Link> ·{' '}
          {
            t.rich('vulnerability', {
              link: (chunks: unknown) => <a href="/.well-known/security.txt">{chunks as React.ReactNode}</a>,
            }) as React.ReactNode
          }
        </p>
      </div>
    </footer>
  );
}
