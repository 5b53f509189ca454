'use client';

import { useTranslations } from 'use-intl';
import { useRef, useState } from 'react';
import { createApiKeyFormAction } from '@/app/(account)/account/api-keys/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

/** Creates a key and shows it exactly once, with a copy button; after "Done" it cannot be shown again. */
export function CreateKeyForm() {
  const t = useTranslations('account.apiKeys.createKeyForm');
  const [dismissed, setDismissed] = useState(false);
  const [copied, setCopied] = useState(false);
  const secretRef = useRef<HTMLInputElement>(null);
  // The key comes back in the POST's answer (with or without JavaScript), never in a URL.
  const { state, formProps, pending, sudoDialog } = useFormAction(createApiKeyFormAction, {
    sudo: t('creatingAnApiKey'),
    onSuccess: (_data, form) => {
      form.reset();
      setCopied(false);
      setDismissed(false);
      requestAnimationFrame(() => secretRef.current?.select());
    },
  });
  const created = state?.ok && !dismissed ? { name: state.data.key.name, secret: state.data.secret } : null;
  const error =
    state && !state.ok
      ? { message: state.error, name: state.fieldErrors?.name, password: state.fieldErrors?.password }
      : null;
  // Without JavaScript there is no "Confirm it's you" dialog: the server's request for the password
  // comes back as this answer, and the password is asked in the form itself.
  const askPassword = !!state && !state.ok && (state.code === 'REAUTH_REQUIRED' || !!state.fieldErrors?.password);
  const busy = pending;

  async function copy() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.secret);
      setCopied(true);
    } catch {
      secretRef.current?.select();
    }
  }

  return (
    <div className="space-y-4">
      {created ? (
        <div role="status" className="space-y-3 rounded-md border-l-4 border-ok bg-bg-subtle p-4">
          <p className="font-semibold">{t('apiKeyCreatedCopy', { name: created.name })}</p>
          <p className="text-sm text-fg-muted">{t('weKeepOnlyA')}</p>
          <label htmlFor="new-api-key" className="block text-sm font-medium">
            {t('yourNewApiKey')}
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              ref={secretRef}
              id="new-api-key"
              readOnly
              value={created.secret}
              className="w-full min-w-0 rounded-md border border-border bg-bg px-3 py-2 font-mono text-sm text-fg sm:w-auto sm:flex-1"
              onFocus={(e) => e.currentTarget.select()}
            />
            <Button variant="secondary" onClick={copy}>
              {copied ? t('copied') : t('copy')}
            </Button>
            <Button variant="secondary" onClick={() => setDismissed(true)}>
              {t('done')}
            </Button>
          </div>
        </div>
      ) : null}
      <form {...formProps} noValidate className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 sm:max-w-sm">
          <Field
            id="api-key-name"
            label={t('keyName')}
            name="name"
            autoComplete="off"
            maxLength={80}
            hint={t('whatWillUseIt')}
            errors={error?.name}
          />
        </div>
        {askPassword ? (
          <div className="min-w-0 flex-1 sm:max-w-sm">
            <Field
              id="api-key-password"
              label={t('yourPassword')}
              name="password"
              type="password"
              autoComplete="current-password"
              hint={t('creatingAnApiKey2')}
              errors={error?.password}
            />
          </div>
        ) : null}
        <Button type="submit" disabled={busy}>
          {busy ? t('creating') : t('createApiKey')}
        </Button>
      </form>
      {error && !error.name && !error.password ? <Alert tone="error">{error.message}</Alert> : null}
      {sudoDialog}
    </div>
  );
}
