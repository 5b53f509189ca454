import type { ReactNode } from 'react';
import { CopyLink } from './copy-link';
import { ChevronIcon } from './icons';

/**
 * <Accordion> of <FaqItem id="…" question="…?">: native <details>, so questions open and close with
 * keyboard and without JavaScript. Each answer has a stable id that links straight to it (FaqHashOpener,
 * rendered once per page, opens the answer a link points to).
 */
export function Accordion({ children }: { children: ReactNode }) {
  return (
    <div className="my-6 divide-y divide-border rounded-lg border border-border">
      {children}
    </div>
  );
}

export function FaqItem({ id, question, children }: { id: string; question: string; children?: ReactNode }) {
  return (
    <details id={id} className="group scroll-mt-24 break-inside-avoid">
      <summary className="flex cursor-pointer list-none items-center gap-3 px-4 py-3 font-semibold hover:bg-bg-subtle [&::-webkit-details-marker]:hidden">
        <ChevronIcon className="h-4 w-4 text-fg-muted transition-transform group-open:rotate-90 print:hidden" />
        <span className="flex-1">{question}</span>
      </summary>
      <div className="px-4 pb-4 pl-11 [&>*:first-child]:mt-0 [&>p]:my-3">
        {children}
        <p className="mb-0 flex items-center gap-1 text-sm text-fg-muted print:hidden">
          <CopyLink id={id} label={question} className="-ml-1.5" />
          Link to this answer
        </p>
      </div>
    </details>
  );
}
