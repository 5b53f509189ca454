import type { ReactNode } from 'react';

/**
 * Every table in content: scrolls sideways on narrow screens inside a focusable region (so keyboard users
 * can scroll it too) and carries its caption. Cells keep a minimum width, so a wide table scrolls rather
 * than squeezing its text into a column of single words. <Table caption="…"> is folded into the table by the
 * compiler, which hands the caption over as data-caption.
 */
export function ScrollTable({ caption, children }: { caption?: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={caption ?? 'Table'}
      tabIndex={0}
      className="my-6 overflow-x-auto rounded-lg border border-border print:overflow-visible"
    >
      <table className="w-full border-collapse text-left text-sm [&_td]:min-w-[8.5rem] [&_th]:min-w-[8.5rem] [&_td]:border-t [&_td]:border-border [&_td]:px-3 [&_td]:py-2 [&_td]:align-top [&_th]:border-t [&_th]:border-border [&_th]:px-3 [&_th]:py-2 [&_th]:align-top [&_thead_th]:border-t-0 [&_thead_th]:bg-bg-subtle [&_thead_th]:font-semibold">
        {caption ? <caption className="border-b border-border px-3 py-2 text-left font-semibold">{caption}</caption> : null}
        {children}
      </table>
    </div>
  );
}

/** The `table` element of Markdown. */
export function MarkdownTable({ children, 'data-caption': caption }: { children?: ReactNode; 'data-caption'?: string }) {
  return <ScrollTable caption={caption || undefined}>{children}</ScrollTable>;
}

// GFM column alignment arrives as an inline style attribute, which the CSP blocks: cells drop it and
// stay left-aligned.
export function HeaderCell({ children }: { children?: ReactNode }) {
  return <th scope="col">{children}</th>;
}

export function DataCell({ children }: { children?: ReactNode }) {
  return <td>{children}</td>;
}
