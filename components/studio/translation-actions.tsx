'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'use-intl';
import { startTranslationAction, updateTranslationBaseAction } from '@/app/(studio)/studio/pages/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/** "Start translation": a draft in that language, prefilled with the page's published text; opens it. */
export function StartTranslationButton({
  pageId,
  locale,
  language,
}: {
  pageId: string;
  locale: string;
  language: string;
}) {
  const router = useRouter();
  const t = useTranslations('studio.translationsPanel');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        variant="secondary"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          const result = await startTranslationAction(null, { pageId, locale });
          setBusy(false);
          if (!result.ok) setError(result.error);
          else router.push(`/studio/pages/${result.data.id}`);
        }}
      >
        {t.rich('start', { language, sr: (chunks) => <span className="sr-only">{chunks}</span> })}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </span>
  );
}

/** The translator has read the source's changes: the draft is now made from the source as published. */
export function UpdateTranslationBaseButton(props: {
  pageId: string;
  expectedVersion: number;
  sourceRevision: number;
}) {
  const router = useRouter();
  const t = useTranslations('studio.translationsPanel');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2">
      <Button
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          const result = await updateTranslationBaseAction(null, {
            pageId: props.pageId,
            expectedVersion: props.expectedVersion,
          });
          setBusy(false);
          if (!result.ok) setError(result.error);
          else router.refresh();
        }}
      >
        {t('updateBase', { number: props.sourceRevision })}
      </Button>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
