import type { ReactNode } from 'react';
import { ImportantIcon, InfoIcon, TipIcon, WarningIcon } from './icons';

const TYPES = {
  note: { label: 'Note', Icon: InfoIcon, tone: 'border-link text-link' },
  tip: { label: 'Tip', Icon: TipIcon, tone: 'border-ok text-ok' },
  warning: { label: 'Warning', Icon: WarningIcon, tone: 'border-warn text-warn' },
  important: { label: 'Important', Icon: ImportantIcon, tone: 'border-danger text-danger' },
} as const;

/** <Callout type="note|tip|warning|important" title="…">: a highlighted aside within the text. */
export function Callout({ type, title, children }: { type: keyof typeof TYPES; title?: string; children: ReactNode }) {
  const { label, Icon, tone } = TYPES[type] ?? TYPES.note;
  return (
    <div
      role="note"
      aria-label={title ? `${label}: ${title}` : label}
      className={`my-6 rounded-md border-l-4 bg-bg-subtle px-4 py-3 break-inside-avoid ${tone}`}
    >
      <p className="flex items-center gap-2 font-semibold">
        <Icon />
        <span>{title ?? label}</span>
      </p>
      <div className="mt-1 text-fg [&>*:first-child]:mt-0 [&>*:last-child]:mb-0">{children}</div>
    </div>
  );
}
