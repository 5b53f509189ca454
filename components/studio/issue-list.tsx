'use client';

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
  return (
    <section aria-labelledby="issues-heading" className="space-y-2">
      <h2 id="issues-heading" className="text-sm font-semibold">
        Problems{issues?.length ? ` (${issues.length})` : ''}
      </h2>
      <div id="issues-summary" role="status" className="text-sm">
        {issues === null
          ? 'Checking the page…'
          : issues.length
            ? `${issues.length === 1 ? 'One problem' : `${issues.length} problems`} to fix before this page can be published.`
            : checking
              ? 'Checking the page…'
              : 'No problems found: the page compiles as the public site would.'}
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
                <span className="font-semibold">Line {issue.line}:</span> {issue.message}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
