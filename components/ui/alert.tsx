import type { ReactNode } from 'react';

const TONES = {
  error: 'border-danger text-danger',
  success: 'border-ok text-ok',
  info: 'border-border text-fg',
} as const;

/** Errors are announced immediately (role=alert); success and info politely (role=status). */
export function Alert({ tone, children }: { tone: keyof typeof TONES; children: ReactNode }) {
  return (
    <div
      role={tone === 'error' ? 'alert' : 'status'}
      className={`rounded-md border-l-4 bg-bg-subtle px-4 py-3 text-sm ${TONES[tone]}`}
    >
      {children}
    </div>
  );
}
