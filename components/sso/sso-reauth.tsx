'use client';

import { useEffect, useState } from 'react';
import { useTranslations } from 'use-intl';
import { ssoReauthOptionsAction } from '@/app/(account)/account/sso/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';

// Sudo through the identity provider (lib/sso/reauthenticate-with-sso.ts): the sudo dialog offers it to
// members of an organization with an SSO connection — the only way for those created just in time, who
// have no password here. A popup makes the round trip (the page and its pending change stay), and its
// landing page reports back on a BroadcastChannel.

const CHANNEL = 'tc-sso-reauth';
type Outcome = { ok: true } | { ok: false; error: string };

export function SsoReauth({ onConfirmed }: { onConfirmed: () => void }) {
  const t = useTranslations('account.sso.reauth');
  const [options, setOptions] = useState<{ organization: string; hasPassword: boolean } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [waiting, setWaiting] = useState(false);

  useEffect(() => {
    let live = true;
    void ssoReauthOptionsAction(null, {}).then((r) => {
      if (live && r.ok) setOptions(r.data);
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (e: MessageEvent<Outcome>) => {
      setWaiting(false);
      if (e.data.ok) onConfirmed();
      else setError(e.data.error || t('failed'));
    };
    return () => channel.close();
  }, [onConfirmed, t]);

  if (!options) return null;
  return (
    <div className="space-y-2 border-t border-border pt-4">
      {error ? <Alert tone="error">{error}</Alert> : null}
      <p className="text-sm">
        {options.hasPassword ? t('orConfirm', { organization: options.organization }) : t('noPassword')}
      </p>
      <Button
        variant={options.hasPassword ? 'secondary' : 'primary'}
        disabled={waiting}
        onClick={() => {
          setError(null);
          setWaiting(true);
          window.open('/api/sso/reauth', 'tc-sso-reauth', 'popup,width=520,height=680');
        }}
      >
        {waiting ? t('waiting') : t('confirm', { organization: options.organization })}
      </Button>
    </div>
  );
}

/** The popup's landing page: tells the dialog, then closes (or says what happened if it cannot). */
export function SsoReauthDone({ error }: { error: string | null }) {
  const t = useTranslations('account.sso.reauth');
  useEffect(() => {
    const channel = new BroadcastChannel(CHANNEL);
    channel.postMessage((error === null ? { ok: true } : { ok: false, error }) satisfies Outcome);
    channel.close();
    window.close();
  }, [error]);
  return error === null ? (
    <Alert tone="success">{t('done')}</Alert>
  ) : (
    <Alert tone="error">{error || t('failed')}</Alert>
  );
}
