import Link from 'next/link';
import { getRequestLocale, hrefIn } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

export interface Crumb {
  /** The default language's path: the page's language prefix is added here. */
  href: string;
  label: string;
}

/** The trust center's home as the first crumb, labelled in the page's language. */
export const HOME_CRUMB: Crumb = { href: '/', label: '' };

/** Trust center › Section › Page; the last crumb is the current page. */
export async function Breadcrumbs({ items }: { items: Crumb[] }) {
  if (items.length < 2) return null;
  const locale = await getRequestLocale();
  const t = getTranslator(locale, 'trust.nav');
  return (
    <nav aria-label={t('breadcrumb')} className="mb-4 text-sm print:hidden">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-fg-muted">
        {items.map((item, i) => {
          const last = i === items.length - 1;
          return (
            <li key={item.href} className="flex items-center gap-2">
              {last ? (
                <span aria-current="page" className="text-fg">
                  {item.label || t('trustCenter')}
                </span>
              ) : (
                <>
                  <Link prefetch={false} href={hrefIn(locale, item.href)} className="text-fg-muted! hover:text-fg!">
                    {item.label || t('trustCenter')}
                  </Link>
                  <span aria-hidden="true">/</span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
