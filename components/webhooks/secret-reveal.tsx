'use client';

import { useTranslations } from 'use-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';

/** A signing secret shown this once, selected, with a copy button; "Done" hides it for good. */
export function SecretReveal({ title, secret, onDone }: { title: string; secret: string; onDone: () => void }) {
  const t = useTranslations('account.webhooks.secretReveal');
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
      <p className="font-semibold">{t('copyTheSigningSecret', { title: title })}</p>
      <p className="text-sm text-fg-muted">{t('yourReceiverNeedsIt')}</p>
      <label htmlFor={id} className="block text-sm font-medium">
        {t('signingSecret')}
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
          {copied ? t('copied') : t('copy')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('done')}
        </Button>
      </div>
    </div>
  );
}
