'use client';

import { useTranslations } from 'use-intl';
import { useState } from 'react';
import { Button } from '@/components/ui/button';

/**
 * Recovery codes, shown this once: copy, download as .txt, print. Printing shows only this list
 * (the print-only-this rule in app/globals.css).
 */
export function RecoveryCodesView({ codes, account }: { codes: string[]; account: string }) {
  const t = useTranslations('account.mfa.recoveryCodesView');
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const text = [t('recoveryCodesFor', { account: account }), t('eachCodeWorksOnce'), '', ...codes, ''].join('\n');
  return (
    <div className="space-y-3">
      <div className="print-only-this rounded-md border border-border bg-bg-subtle p-4">
        <p className="sr-only print:not-sr-only print:mb-3 print:font-semibold">
          {t('recoveryCodesFor', { account: account })}
        </p>
        <ol
          className="grid grid-cols-1 gap-x-6 gap-y-1 font-mono text-base sm:grid-cols-2"
          aria-label={t('yourRecoveryCodes')}
        >
          {codes.map((code) => (
            <li key={code} className="tracking-wide">
              {code}
            </li>
          ))}
        </ol>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="secondary"
          onClick={async () => {
            try {
              await navigator.clipboard.writeText(text);
              setCopied('copied');
            } catch {
              setCopied('failed');
            }
          }}
        >
          {t('copy')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
            const a = document.createElement('a');
            a.href = url;
            a.download = 'recovery-codes.txt';
            document.body.append(a);
            a.click();
            a.remove();
            setTimeout(() => URL.revokeObjectURL(url), 1000);
          }}
        >
          {t('downloadTxt')}
        </Button>
        <Button variant="secondary" onClick={() => window.print()}>
          {t('print')}
        </Button>
      </div>
      <p role="status" className="text-sm text-fg-muted">
        {copied === 'copied' ? t('copiedToTheClipboard') : copied === 'failed' ? t('copyingFailedSelectThe') : ''}
      </p>
    </div>
  );
}
