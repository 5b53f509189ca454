'use client';

import Link from 'next/link';
import { useTranslations } from 'use-intl';
import type { TranslationState, TranslationSummary } from '@/lib/studio/dto';

const BADGE = 'inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium';

const TONE: Record<TranslationState, string> = {
  not_started: 'border-border text-fg-muted',
  draft: 'border-warn text-warn',
  in_review: 'border-link text-link',
  published: 'border-ok text-ok',
  outdated: 'border-danger text-danger',
};

/** One translation's state in words ("German: Outdated"), never by colour alone. */
export function TranslationStateBadge({ t: tr }: { t: Pick<TranslationSummary, 'state' | 'localeName' | 'outdated'> }) {
  const t = useTranslations('studio.translationState');
  return (
    <span className={`${BADGE} ${TONE[tr.state]}`}>
      {tr.outdated && tr.state !== 'outdated'
        ? t('badgePublishedOutdated', { language: tr.localeName, state: t(`state.${tr.state}`) })
        : t('badge', { language: tr.localeName, state: t(`state.${tr.state}`) })}
    </span>
  );
}

/** The page list's line of translation states; each started one links to its editor. */
export function TranslationBadges({ translations }: { translations: TranslationSummary[] }) {
  const t = useTranslations('studio.translationState');
  if (!translations.length) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-1.5" aria-label={t('label')}>
      {translations.map((tr) => (
        <li key={tr.locale} data-translation={tr.locale} data-state={tr.state}>
          {tr.pageId ? (
            <Link href={`/studio/pages/${tr.pageId}`} className="no-underline">
              <TranslationStateBadge t={tr} />
            </Link>
          ) : (
            <TranslationStateBadge t={tr} />
          )}
        </li>
      ))}
    </ul>
  );
}
