import { getRequestLocale } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

/**
 * A link to a section (`#id`) that, with JavaScript, also copies the section's full address to the
 * clipboard and says so in its status line (components/trust/static-enhance.ts, one listener for the whole
 * content body: no per-link client component to ship or hydrate). Without JavaScript it is an ordinary
 * anchor link. Styled by .trust-copy-link (app/(trust)/trust.css), a short class because headings and FAQ
 * answers repeat it; its link icon is drawn by that class too (two bordered pills), not an inline SVG per link.
 */
export async function CopyLink({ id, label, className }: { id: string; label: string; className?: string }) {
  const t = getTranslator(await getRequestLocale(), 'mdx');
  return (
    <a
      href={`#${id}`}
      aria-label={t('copyLinkTo', { label })}
      title={t('copyLink')}
      data-copied-text={t('linkCopied')}
      className={className ? `trust-copy-link ${className}` : 'trust-copy-link'}
    >
      <span role="status" className="sr-only" />
    </a>
  );
}
