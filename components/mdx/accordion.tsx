import type { ReactNode } from 'react';
import { getRequestLocale } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';
import { CopyLink } from './copy-link';

/**
 * <Accordion> of <FaqItem id="…" question="…?">: native <details>, so questions open and close with
 * keyboard and without JavaScript. Each answer has a stable id that links straight to it (DocArticleEffects,
 * rendered once per page, opens the answer a link points to). Styled by .trust-faq (app/(trust)/trust.css):
 * short classes and a CSS chevron, because a FAQ page repeats them for every answer, twice.
 */
export function Accordion({ children }: { children: ReactNode }) {
  return <div className="my-6 divide-y divide-border rounded-lg border border-border">{children}</div>;
}

export async function FaqItem({ id, question, children }: { id: string; question: string; children?: ReactNode }) {
  const t = getTranslator(await getRequestLocale(), 'mdx.faq');
  return (
    <details id={id} className="trust-faq">
      <summary>
        <span className="flex-1">{question}</span>
      </summary>
      <div>
        {children}
        <p className="mb-0 flex items-center gap-1 text-sm text-fg-muted print:hidden">
          <CopyLink id={id} label={question} className="-ml-1.5" />
          {t('linkToAnswer')}
        </p>
      </div>
    </details>
  );
}
