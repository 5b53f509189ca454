'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';

const WIDTHS = ['w-1/12', 'w-1/4', 'w-1/2', 'w-3/4', 'w-full'] as const;
const COLOURS = ['bg-danger', 'bg-danger', 'bg-warn', 'bg-ok', 'bg-ok'] as const;

type Estimate = { score: 0 | 1 | 2 | 3 | 4; warning: string | null };

// zxcvbn's dictionaries are large, so they load only once someone starts typing a new password.
async function estimate(password: string, userInputs: string[]): Promise<Estimate> {
  const [{ ZxcvbnFactory }, common, en] = await Promise.all([
    import('@zxcvbn-ts/core'),
    import('@zxcvbn-ts/language-common'),
    import('@zxcvbn-ts/language-en'),
  ]);
  const zxcvbn = new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  const r = await zxcvbn.checkAsync(password, userInputs);
  return { score: r.score as Estimate['score'], warning: r.feedback.warning || null };
}

export function PasswordStrength({ password, userInputs }: { password: string; userInputs: string[] }) {
  const t = useTranslations('auth.password');
  const [result, setResult] = useState<Estimate | null>(null);
  useEffect(() => {
    if (!password) return;
    let cancelled = false;
    const t = setTimeout(() => estimate(password, userInputs).then((r) => !cancelled && setResult(r)), 150);
    return () => {
      cancelled = true;
      clearTimeout(t);
    };
  }, [password, userInputs]);
  if (!password || !result) return null;
  return (
    <div className="space-y-1" aria-live="polite">
      <div className="h-1.5 w-full rounded bg-bg-subtle" aria-hidden="true">
        <div className={`h-1.5 rounded ${WIDTHS[result.score]} ${COLOURS[result.score]}`} />
      </div>
      <p className="text-sm text-fg-muted">
        {t('strength')} <span className="font-medium text-fg">{t(`levels.${result.score}`)}</span>
        {result.warning ? ` — ${result.warning}` : ''}
      </p>
    </div>
  );
}
