import Link from 'next/link';
import { getConfig } from '@/lib/config';
import { getTranslator } from '@/lib/i18n/translator';
import { hrefIn } from '@/lib/i18n/request-locale';
import { languageName } from '@/lib/i18n/paths';
import { LanguageSwitch } from '@/components/i18n/language-switch';
import { AccountLink } from './account-link';
import { ThemeToggle } from './theme-toggle';

export function SiteHeader({ brandName, locale }: { brandName: string; locale: string }) {
  const { brand, locales } = getConfig();
  const t = getTranslator(locale, 'trust');
  const account = getTranslator(locale, 'client.account');
  const href = (path: string) => hrefIn(locale, path);
  const names = Object.fromEntries(locales.list.map((l) => [l, languageName(l)]));
  return (
    <header className="no-print border-b border-border bg-bg">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={href('/')} prefetch={false} className="flex items-center gap-2 font-semibold text-fg no-underline">
          {brand.logoUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- a configured logo of unknown size; decorative next to the name
            <img src={brand.logoUrl} alt="" className="h-6 w-auto" />
          ) : (
            <span aria-hidden="true" className="inline-block h-6 w-6 rounded-md bg-brand" />
          )}
          <span>
            {brandName} <span className="font-normal text-fg-muted">{t('trustCenter')}</span>
          </span>
        </Link>
        {/* Small screens: the trust center's own Menu and Search bar takes over. */}
        <nav
          aria-label={t('nav.main')}
          className="hidden flex-1 flex-wrap items-center gap-x-5 gap-y-1 text-sm sm:flex"
        >
          <Link href={href('/')} prefetch={false} className="text-fg hover:underline">
            {t('nav.trustCenter')}
          </Link>
          <Link href={href('/subprocessors')} prefetch={false} className="text-fg hover:underline">
            {t('nav.subprocessors')}
          </Link>
          <Link href={href('/search')} prefetch={false} className="text-fg hover:underline">
            {t('nav.search')}
          </Link>
          <Link href={href('/report-abuse')} prefetch={false} className="text-fg hover:underline">
            {t('nav.reportAbuse')}
          </Link>
        </nav>
        <div className="ml-auto flex items-center gap-3">
          <LanguageSwitch names={names} label={t('language.switchLabel')} />
          <AccountLink
            loginHref={href('/login')}
            labels={{ signIn: account('signIn'), yourAccount: account('yourAccount') }}
          />
          <ThemeToggle locale={locale} />
        </div>
      </div>
    </header>
  );
}
