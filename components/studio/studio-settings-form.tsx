'use client';

import { useState, type FormEvent } from 'react';
import { updateStudioSettingsAction } from '@/app/(studio)/studio/settings/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { StudioSettings } from '@/lib/studio/dto';

export function StudioSettingsForm({ settings }: { settings: StudioSettings }) {
  const [fourEyes, setFourEyes] = useState(settings.fourEyesPublishing);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    const r = await updateStudioSettingsAction(null, { fourEyesPublishing: fourEyes });
    setBusy(false);
    setResult(r.ok ? { ok: true, message: 'Settings saved.' } : { ok: false, message: r.error });
  }
  return (
    <form method="post" onSubmit={onSubmit} className="space-y-4">
      {result ? <Alert tone={result.ok ? 'success' : 'error'}>{result.message}</Alert> : null}
      <div className="flex items-start gap-3 rounded-md border border-border p-4">
        <input
          id="four-eyes"
          type="checkbox"
          checked={fourEyes}
          onChange={(e) => setFourEyes(e.target.checked)}
          className="mt-1"
          aria-describedby="four-eyes-hint"
        />
        <div>
          <label htmlFor="four-eyes" className="font-medium">
            Four-eyes publishing
          </label>
          <p id="four-eyes-hint" className="text-sm text-fg-muted">
            When on, nobody publishes a revision they wrote alone: someone with the publishing permission who did not
            author it publishes it after approval. Recommended, so every public statement has been read by two people.
          </p>
        </div>
      </div>
      <Button type="submit" disabled={busy}>
        {busy ? 'Saving…' : 'Save settings'}
      </Button>
    </form>
  );
}
