import type { Metadata } from 'next';
import { cookies, headers } from 'next/headers';
import './globals.css';
import { getConfig } from '@/lib/config';
import { parseTheme, THEME_COOKIE } from '@/lib/ui/theme';
import { cookieSettings } from '@/lib/auth/session-cookie';
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
  const jar = await cookies();
  const theme = parseTheme(jar.get(THEME_COOKIE)?.value);
  // Only whether a session cookie exists: public pages never wait on the database for the header.
  const hasSessionCookie = jar.has(cookieSettings().sessionToken.name);
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang="en" data-theme={theme} suppressHydrationWarning>
      <head>
        {/* Brand colour from configuration; a nonce'd style element because style attributes are blocked by CSP. */}
        <style nonce={nonce}>{`:root{--brand:${brand.primaryColor}}`}</style>
      </head>
      <body>
        <a href="#main" className="skip-link">Skip to content</a>
        <SiteHeader brandName={brand.name} theme={theme} hasSessionCookie={hasSessionCookie} />
        {children}
        <SiteFooter brandName={brand.name} securityContact={securityContact} />
      </body>
    </html>
  );
}
