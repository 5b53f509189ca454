'use client';

import { useState } from 'react';
import { setObjectionStatusAction } from '@/app/(studio)/studio/subprocessors/objections/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

/** "Mark acknowledged" / "Mark resolved" for one objection. */
export function ObjectionStatusButtons({
  objectionId,
  status,
  label,
}: {
  objectionId: string;
  status: string;
  label: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function mark(next: 'acknowledged' | 'resolved') {
    setBusy(true);
    const result = await setObjectionStatusAction(null, { objectionId, status: next });
    setBusy(false);
    setError(result.ok ? null : result.error);
  }
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {status === 'received' ? (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => mark('acknowledged')}
            aria-label={`Mark acknowledged: ${label}`}
          >
            Mark acknowledged
          </Button>
        ) : null}
        {status !== 'resolved' ? (
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => mark('resolved')}
            aria-label={`Mark resolved: ${label}`}
          >
            Mark resolved
          </Button>
        ) : null}
      </div>
      {error ? <Alert tone="error">{error}</Alert> : null}
    </div>
  );
}
