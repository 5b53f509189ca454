'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'use-intl';
import { restoreRevisionAction } from '@/app/(studio)/studio/pages/actions';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';

/** "Restore as draft": the revision's text becomes the page's draft (a new draft; nothing is published). */
export function RestoreRevisionButton(props: {
  pageId: string;
  revisionId: string;
  number: number;
  expectedVersion: number;
  hasDraft: boolean;
}) {
  const router = useRouter();
  const t = useTranslations('studio.history.restore');
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        {t('button')}
      </Button>
      {confirming ? (
        <ConfirmDialog
          title={t('title', { number: props.number })}
          body={props.hasDraft ? t('replacesDraft') : t('becomesDraft')}
          confirmLabel={t('button')}
          pendingLabel={t('pending')}
          onClose={() => setConfirming(false)}
          onConfirm={async () => {
            const result = await restoreRevisionAction(null, {
              revisionId: props.revisionId,
              expectedVersion: props.expectedVersion,
            });
            if (!result.ok) return result.error;
            router.push(`/studio/pages/${props.pageId}`);
            return null;
          }}
        />
      ) : null}
    </>
  );
}
