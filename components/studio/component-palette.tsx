'use client';

import { useTranslations } from 'use-intl';
import { SNIPPETS, type Snippet } from './snippets';

/** "Insert component": one button per component of the content compiler, inserting a snippet at the cursor. */
export function ComponentPalette({ onInsert, disabled }: { onInsert: (snippet: Snippet) => void; disabled?: boolean }) {
  const t = useTranslations('studio.editor.palette');
  return (
    <div role="group" aria-labelledby="palette-heading" className="flex flex-wrap items-center gap-1.5">
      <span id="palette-heading" className="mr-1 text-sm font-medium">
        {t('heading')}
      </span>
      {SNIPPETS.map((snippet) => (
        <button
          key={snippet.id}
          type="button"
          disabled={disabled}
          title={t(`snippets.${snippet.id}.description`)}
          onClick={() => onInsert(snippet)}
          className="rounded border border-border bg-bg px-2 py-0.5 font-mono text-xs hover:bg-bg-subtle disabled:opacity-60"
        >
          {t(`snippets.${snippet.id}.label`)}
        </button>
      ))}
    </div>
  );
}
