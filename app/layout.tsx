import type { Metadata } from 'next';
import { headers } from 'next/headers';
import './globals.css';
import { getConfig } from '@/lib/config';
import { THEME_SCRIPT } from '@/lib/ui/theme-script';
import { getMessages, pickNamespaces } from '@/lib/i18n/messages';
import { getRequestLocale, localeSettings } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { CLIENT_NAMESPACES } from '@/lib/i18n/client-namespaces';
import { IntlClientProvider } from '@/components/i18n/intl-client-provider';
import { LanguageSuggestion } from '@/components/i18n/language-suggestion';
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
  // (lib/http/public-cache.mjs). The theme cookie is applied by THEME_SCRIPT, the header's account link
  // is chosen in the browser (components/layout/account-link.tsx). The language is the address's prefix.
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
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        {/* Brand colour from configuration; a nonce'd style element because style attributes are blocked by CSP. */}
        <style nonce={nonce}>{`:root{--brand:${brand.primaryColor}}`}</style>
      </head>
      <body>
        <IntlClientProvider
          locale={locale}
          messages={pickNamespaces(getMessages(locale), CLIENT_NAMESPACES)}
          settings={localeSettings()}
        >
          <a href="#main" className="skip-link">
            {t('skipToContent')}
          </a>
          {localeSettings().locales.length > 1 ? <LanguageSuggestion texts={suggestions} /> : null}
          <SiteHeader brandName={brand.name} locale={locale} />
          {children}
          <SiteFooter brandName={brand.name} securityContact={securityContact} locale={locale} />
        </IntlClientProvider>
      </body>
    </html>
  );
}
