import type { Metadata } from 'next';
import { headers } from 'next/headers';
import './globals.css';
import { getConfig } from '@/lib/config';
import { HEAD_SCRIPT } from '@/lib/ui/head-script';
import { getRequestLocale, localeSettings } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { LocaleProvider } from '@/components/i18n/locale-context';
import { LanguageSuggestionSlot } from '@/components/i18n/language-suggestion-slot';
import { SiteHeader } from '@/components/layout/site-header';
import { languageName } from '@/lib/i18n/paths';
import { SiteFooter } from '@/components/layout/site-footer';

export async function generateMetadata(): Promise<Metadata> {
  const { brand, appUrl } = getConfig();
  const t = getTranslator(await getRequestLocale(), 'trust');
  return {
    metadataBase: appUrl,
    title: {
      default: t('defaultTitle', { brand: brand.name }),
      template: `%s · ${t('defaultTitle', { brand: brand.name })}`,
    },
    description: t('defaultDescription', { brand: brand.name }),
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { brand, securityContact } = getConfig();
  // Nothing from the visitor's cookies: public pages are rendered once and served to everyone
  // (lib/http/public-cache.mjs). The theme cookie and the header's account link are applied in the browser
  // by HEAD_SCRIPT (lib/ui/head-script.ts). The language is the address's prefix.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'trust');
  // Each language's suggestion in that language: a visitor who prefers it can read it.
  const suggestions = Object.fromEntries(
    localeSettings().locales.map((l) => {
      const tl = getTranslator(l, 'trust.language');
      const language = languageName(l);
      return [
        l,
        { text: tl('suggestion', { language }), link: tl('suggestionLink', { language }), dismiss: tl('dismiss') },
      ];
    }),
  );
  return (
    <html lang={locale} data-theme="system" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: HEAD_SCRIPT }} />
        {/* Brand colour from configuration; a nonce'd style element because style attributes are blocked by CSP. */}
        <style nonce={nonce}>{`:root{--brand:${brand.primaryColor}}`}</style>
      </head>
      <body>
        <LocaleProvider locale={locale} settings={localeSettings()}>
          <a href="#main" className="skip-link">
            {t('skipToContent')}
          </a>
          {localeSettings().locales.length > 1 ? <LanguageSuggestionSlot texts={suggestions} /> : null}
          <SiteHeader brandName={brand.name} locale={locale} />
          {children}
          <SiteFooter brandName={brand.name} securityContact={securityContact} locale={locale} />
        </LocaleProvider>
      </body>
    </html>
  );
}
