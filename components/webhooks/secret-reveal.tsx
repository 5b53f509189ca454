'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';

/** A signing secret shown this once, selected, with a copy button; "Done" hides it for good. */
export function SecretReveal({ title, secret, onDone }: { title: string; secret: string; onDone: () => void }) {
  const ref = useRef<HTMLInputElement>(null);
  const id = useId();
  const [copied, setCopied] = useState(false);
  useEffect(() => ref.current?.select(), []);
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied(true);
    } catch {
      ref.current?.select();
    }
  }
  return (
    <div role="status" className="space-y-3 rounded-md border-l-4 border-ok bg-bg-subtle p-4">
      <p className="font-semibold">{title} Copy the signing secret now: it will not be shown again.</p>
      <p className="text-sm text-fg-muted">
        Your receiver needs it to check the Trust-Center-Signature header of every request.
      </p>
      <label htmlFor={id} className="block text-sm font-medium">
        Signing secret
      </label>
      <div className="flex flex-wrap gap-2">
        <input
          ref={ref}
          id={id}
          readOnly
          value={secret}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full min-w-0 rounded-md border border-border bg-bg px-3 py-2 font-mono text-sm text-fg sm:w-auto sm:flex-1"
        />
        <Button variant="secondary" onClick={copy}>
          {copied ? 'Copied' : 'Copy'}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Done
        </Button>
      </div>
    </div>
  );
}
