'use client';

import { useTranslations } from 'use-intl';
import type { SourceIssue } from '@/lib/studio/dto';

/** The validator's findings, each a button that puts the cursor on its line. */
export function IssueList({
  issues,
  checking,
  onGoToLine,
}: {
  issues: SourceIssue[] | null;
  checking: boolean;
  onGoToLine: (line: number) => void;
}) {
  const t = useTranslations('studio.editor.issues');
  return (
    <section aria-labelledby="issues-heading" className="space-y-2">
      <h2 id="issues-heading" className="text-sm font-semibold">
        {issues?.length ? t('headingCount', { count: issues.length }) : t('heading')}
      </h2>
      <div id="issues-summary" role="status" className="text-sm">
        {issues === null
          ? t('checking')
          : issues.length
            ? t('summary', { count: issues.length })
            : checking
              ? t('checking')
              : t('none')}
      </div>
      {issues?.length ? (
        <ul className="space-y-1">
          {issues.map((issue, i) => (
            <li key={`${issue.line}-${i}`}>
              <button
                type="button"
                onClick={() => onGoToLine(issue.line)}
                className="w-full rounded-md border-l-4 border-danger bg-bg-subtle px-3 py-1.5 text-left text-sm hover:underline"
              >
                <span className="font-semibold">{t('line', { line: issue.line })}</span> {issue.message}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
