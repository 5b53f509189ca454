import type { ReactNode } from 'react';

/** <Steps>: a numbered procedure of <Step>s (numbers come from a CSS counter, see app/(trust)/trust.css). */
export function Steps({ children }: { children: ReactNode }) {
  return <ol className="trust-steps my-6 list-none space-y-5 p-0">{children}</ol>;
}

export function Step({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <li className="relative m-0 pl-11">
      <p className="m-0 font-semibold">{title}</p>
      <div className="mt-1 [&>*:first-child]:mt-0 [&>*:last-child]:mb-0">{children}</div>
    </li>
  );
}
