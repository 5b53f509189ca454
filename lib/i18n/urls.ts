import 'server-only';
import { getConfig } from '@/lib/config';
import { localePath } from './paths';

/**
 * An absolute address of this trust center in a visitor's language (emails: the confirmation link of a
 * German subscriber opens /de/subprocessors/subscribe/confirm). Other hosts are left alone.
 */
export function localizedUrl(url: string | URL, locale: string | null | undefined): string {
  const { list, default: defaultLocale } = getConfig().locales;
  const u = new URL(url);
  if (!locale || !list.includes(locale) || u.origin !== getConfig().appUrl.origin) return u.toString();
  u.pathname = localePath(locale, u.pathname, { locales: list, defaultLocale });
  return u.toString();
}
