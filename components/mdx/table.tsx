import { Children, isValidElement, type ReactNode } from 'react';

/**
 * Every table in content: scrolls sideways on narrow screens inside a focusable region (so keyboard users
 * can scroll it too) and carries its caption. Cells keep a minimum width, so a wide table scrolls rather
 * than squeezing its text into a column of single words. <Table caption="…"> is folded into the table by the
 * compiler, which hands the caption over as data-caption.
 */
export function ScrollTable({ caption, label, children }: { caption?: string; label?: string; children: ReactNode }) {
  return (
    <div
      role="region"
      aria-label={caption ?? label ?? 'Table'}
      tabIndex={0}
      className="my-6 overflow-x-auto rounded-lg border border-border print:overflow-visible"
    >
      {/* .trust-table (app/(trust)/trust.css) styles the cells: one short class instead of one per cell rule. */}
      <table className="trust-table">
        {caption ? (
          <caption className="border-b border-border px-3 py-2 text-left font-semibold">{caption}</caption>
        ) : null}
        {children}
      </table>
    </div>
  );
}

function textOf(node: ReactNode): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  return Children.toArray(node)
    .map((child) =>
      isValidElement<{ children?: ReactNode }>(child)
        ? textOf(child.props.children)
        : typeof child === 'string'
          ? child
          : '',
    )
    .join('');
}

/** The header cells' text, to name a table without a caption ("Table: Severity, Findings"). */
function headerCells(children: ReactNode): string[] {
  const thead = Children.toArray(children).find((c) => isValidElement(c) && c.type === 'thead');
  if (!isValidElement<{ children?: ReactNode }>(thead)) return [];
  const row = Children.toArray(thead.props.children)[0];
  if (!isValidElement<{ children?: ReactNode }>(row)) return [];
  return Children.toArray(row.props.children).map((cell) =>
    isValidElement<{ children?: ReactNode }>(cell) ? textOf(cell.props.children) : '',
  );
}

/** The `table` element of Markdown; an uncaptioned table's scroll region is named by its columns. */
export function MarkdownTable({
  children,
  'data-caption': caption,
}: {
  children?: ReactNode;
  'data-caption'?: string;
}) {
  return (
    <ScrollTable
      caption={caption || undefined}
      label={caption ? undefined : `Table: ${headerCells(children).join(', ')}`}
    >
      {children}
    </ScrollTable>
  );
}

// GFM column alignment arrives as an inline style attribute, which the CSP blocks: cells drop it and
// stay left-aligned.
export function HeaderCell({ children }: { children?: ReactNode }) {
  return <th scope="col">{children}</th>;
}

export function DataCell({ children }: { children?: ReactNode }) {
  return <td>{children}</td>;
}
