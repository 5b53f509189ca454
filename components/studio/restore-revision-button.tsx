'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
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
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        Restore as draft
      </Button>
      {confirming ? (
        <ConfirmDialog
          title={`Restore revision ${props.number} as a draft?`}
          body={
            props.hasDraft
              ? 'The page’s current draft is replaced by the text of this revision. The public page does not change until the draft is reviewed and published.'
              : 'The text of this revision becomes the page’s draft. The public page does not change until the draft is reviewed and published.'
          }
          confirmLabel="Restore as draft"
          pendingLabel="Restoring…"
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
