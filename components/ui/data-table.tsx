import type { ReactNode } from 'react';

// The console's tables share one frame: horizontal scroll on narrow screens, a caption for screen readers,
// column headers with scope. Rows stay with the page, which knows its data.

export type DataColumn = string | { label: string; srOnly?: boolean; className?: string };

export function DataTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: DataColumn[];
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-border text-fg-muted">
          <tr>
            {columns.map((column, i) => {
              const c = typeof column === 'string' ? { label: column } : column;
              const pad = i < columns.length - 1 ? ' pr-4' : '';
              return (
                <th
                  key={c.label}
                  scope="col"
                  className={`py-2${pad} font-medium${c.className ? ` ${c.className}` : ''}`}
                >
                  {c.srOnly ? <span className="sr-only">{c.label}</span> : c.label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
