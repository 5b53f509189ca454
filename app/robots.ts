import type { MetadataRoute } from 'next';
import { getConfig } from '@/lib/config';

export const dynamic = 'force-dynamic';

/** The public trust center is for everyone; the consoles and APIs are not for crawlers. */
export default function robots(): MetadataRoute.Robots {
  const { appUrl } = getConfig();
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: ['/account', '/studio', '/api/', '/login', '/forgot-password', '/reset-password', '/search/suggest'],
      },
    ],
    sitemap: new URL('/sitemap.xml', appUrl).toString(),
  };
}
