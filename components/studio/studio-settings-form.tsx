'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { updateStudioSettingsAction } from '@/app/(studio)/studio/settings/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormAction } from '@/components/ui/use-form-action';
import type { StudioSettings } from '@/lib/studio/dto';

export function StudioSettingsForm({ settings }: { settings: StudioSettings }) {
  const t = useTranslations('studio.settings.form');
  const [fourEyes, setFourEyes] = useState(settings.fourEyesPublishing);
  const { state, pending: busy, formProps } = useFormAction(updateStudioSettingsAction);
  const result = state ? (state.ok ? { ok: true, message: t('saved') } : { ok: false, message: state.error }) : null;
  return (
    <form {...formProps} method="post" className="space-y-4">
      {result ? <Alert tone={result.ok ? 'success' : 'error'}>{result.message}</Alert> : null}
      <div className="flex items-start gap-3 rounded-md border border-border p-4">
        <input
          id="four-eyes"
          type="checkbox"
          name="fourEyesPublishing"
          checked={fourEyes}
          onChange={(e) => setFourEyes(e.target.checked)}
          className="mt-1"
          aria-describedby="four-eyes-hint"
        />
        <div>
          <label htmlFor="four-eyes" className="font-medium">
            {t('fourEyes')}
          </label>
          <p id="four-eyes-hint" className="text-sm text-fg-muted">
            {t('fourEyesHint')}
          </p>
        </div>
      </div>
      <Button type="submit" disabled={busy}>
        {busy ? t('saving') : t('save')}
      </Button>
    </form>
  );
}
