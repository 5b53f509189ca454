'use client';

import { SNIPPETS, type Snippet } from './snippets';

/** "Insert component": one button per component of the content compiler, inserting a snippet at the cursor. */
export function ComponentPalette({ onInsert, disabled }: { onInsert: (snippet: Snippet) => void; disabled?: boolean }) {
  return (
    <div role="group" aria-labelledby="palette-heading" className="flex flex-wrap items-center gap-1.5">
      <span id="palette-heading" className="mr-1 text-sm font-medium">
        Insert component
      </span>
      {SNIPPETS.map((snippet) => (
        <button
          key={snippet.label}
          type="button"
          disabled={disabled}
          title={snippet.description}
          onClick={() => onInsert(snippet)}
          className="rounded border border-border bg-bg px-2 py-0.5 font-mono text-xs hover:bg-bg-subtle disabled:opacity-60"
        >
          {snippet.label}
        </button>
      ))}
    </div>
  );
}
