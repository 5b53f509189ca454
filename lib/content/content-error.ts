// What the content compiler reports: every problem names its file and line, so an author (or the
// studio's editor) can jump straight to it.

export interface ContentIssue {
  /** Path relative to the repository, e.g. content/pages/faq/index.mdx. */
  file: string;
  line: number;
  column?: number;
  message: string;
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}:${issue.line}${issue.column ? `:${issue.column}` : ''} ${issue.message}`;
}

export class ContentError extends Error {
  constructor(public readonly issues: ContentIssue[]) {
    super(
      issues.length === 1
        ? formatIssue(issues[0]!)
        : `${issues.length} problems in the trust-center content:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`,
    );
    this.name = 'ContentError';
  }
}
