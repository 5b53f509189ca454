import type { Metadata } from 'next';
import { headers } from 'next/headers';
import './globals.css';
import { getConfig } from '@/lib/config';
import { THEME_SCRIPT } from '@/lib/ui/theme-script';
import { SiteHeader } from '@/components/layout/site-header';
import { SiteFooter } from '@/components/layout/site-footer';

export async function generateMetadata(): Promise<Metadata> {
  const { brand, appUrl } = getConfig();
  return {
    metadataBase: appUrl,
    title: { default: `${brand.name} Trust Center`, template: `%s · ${brand.name} Trust Center` },
    description: `Security, privacy and compliance at ${brand.name}.`,
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const { brand, securityContact } = getConfig();
  // Nothing from the visitor's cookies: public pages are rendered once and served to everyone
  // (lib/http/public-cache.mjs). The theme cookie is applied by THEME_SCRIPT, the header's account link
  // is chosen in the browser (components/layout/account-link.tsx).
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang="en" data-theme="system" suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        {/* Brand colour from configuration; a nonce'd style element because style attributes are blocked by CSP. */}
        <style nonce={nonce}>{`:root{--brand:${brand.primaryColor}}`}</style>
      </head>
      <body>
        <a href="#main" className="skip-link">
          Skip to content
        </a>
        <SiteHeader brandName={brand.name} />
        {children}
        <SiteFooter brandName={brand.name} securityContact={securityContact} />
      </body>
    </html>
  );
}
