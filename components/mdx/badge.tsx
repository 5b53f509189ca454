import type { ReactNode } from 'react';

const TONES = {
  success: 'border-ok text-ok',
  warning: 'border-warn text-warn',
  danger: 'border-danger text-danger',
  neutral: 'border-border text-fg-muted',
} as const;

export type BadgeTone = keyof typeof TONES;

/** <Badge tone="success|warning|neutral|danger">: a short status label in prose or a table cell. */
export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return (
    <span
      className={`inline-block rounded-full border bg-bg px-2 py-0.5 text-xs leading-5 font-semibold whitespace-nowrap ${TONES[tone] ?? TONES.neutral}`}
    >
      {children}
    </span>
  );
}
