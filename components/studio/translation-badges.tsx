import Link from 'next/link';
import type { TranslationState, TranslationSummary } from '@/lib/studio/dto';

const BADGE = 'inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium';

export const TRANSLATION_STATE_LABEL: Record<TranslationState, string> = {
  not_started: 'Not started',
  draft: 'Draft',
  in_review: 'In review',
  published: 'Published',
  outdated: 'Outdated',
};

const TONE: Record<TranslationState, string> = {
  not_started: 'border-border text-fg-muted',
  draft: 'border-warn text-warn',
  in_review: 'border-link text-link',
  published: 'border-ok text-ok',
  outdated: 'border-danger text-danger',
};

/** One translation's state in words ("German: Outdated"), never by colour alone. */
export function TranslationStateBadge({ t }: { t: Pick<TranslationSummary, 'state' | 'localeName' | 'outdated'> }) {
  return (
    <span className={`${BADGE} ${TONE[t.state]}`}>
      {t.localeName}: {TRANSLATION_STATE_LABEL[t.state]}
      {t.outdated && t.state !== 'outdated' ? ' (published version outdated)' : ''}
    </span>
  );
}

/** The page list's line of translation states; each started one links to its editor. */
export function TranslationBadges({ translations }: { translations: TranslationSummary[] }) {
  if (!translations.length) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-1.5" aria-label="Translations">
      {translations.map((t) => (
        <li key={t.locale} data-translation={t.locale} data-state={t.state}>
          {t.pageId ? (
            <Link href={`/studio/pages/${t.pageId}`} className="no-underline">
              <TranslationStateBadge t={t} />
            </Link>
          ) : (
            <TranslationStateBadge t={t} />
          )}
        </li>
      ))}
    </ul>
  );
}
