'use client';

import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { setBreakGlassAction, setRequireSsoAction } from '@/app/(account)/account/sso/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormAction } from '@/components/ui/use-form-action';
import type { SsoSettingsDTO } from '@/lib/sso/get-sso-settings';

/** Require SSO, and the owners who keep password sign-in for when the identity provider is down. */
export function SsoEnforcementSection({ settings }: { settings: SsoSettingsDTO }) {
  const t = useTranslations('account.sso.enforcement');
  const requireSso = useFormAction(setRequireSsoAction, {
    sudo: t('sudoReason'),
  });
  const breakGlass = useFormAction(setBreakGlassAction, { sudo: true });
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const on = settings.connection?.requireSso ?? false;

  async function toggleRequire() {
    const result = await requireSso.run({ enabled: !on });
    if (!result.ok) return setMessage({ tone: 'error', text: result.error });
    setMessage({
      tone: 'success',
      text: result.data.enabled ? t('nowRequired', { count: result.data.sessionsEnded }) : t('noLongerRequired'),
    });
  }

  async function toggleOwner(userId: string, value: boolean, name: string) {
    const result = await breakGlass.run({ userId, breakGlass: value });
    if (!result.ok) return setMessage({ tone: 'error', text: result.error });
    setMessage({ tone: 'success', text: value ? t('keepsPassword', { name }) : t('mustUseSso', { name }) });
  }

  return (
    <div className="space-y-4">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <p>
        {t.rich(on ? 'statusOn' : 'statusOff', { strong: (chunks) => <strong>{chunks}</strong> })}{' '}
        {on ? t('onHelp') : t('offHelp')}
      </p>
      <Button
        variant={on ? 'secondary' : 'primary'}
        disabled={requireSso.pending || !settings.connection}
        onClick={toggleRequire}
      >
        {on ? t('stop') : t('require')}
      </Button>
      <h3 className="font-semibold">{t('breakGlassTitle')}</h3>
      <p className="text-sm text-fg-muted">{t('breakGlassHelp')}</p>
      <ul className="space-y-2">
        {settings.owners.map((o) => (
          <li key={o.userId} className="flex flex-wrap items-center justify-between gap-2">
            <span>{t(o.breakGlass ? 'ownerBreakGlass' : 'owner', { name: o.name, email: o.email })}</span>
            <Button
              variant="secondary"
              disabled={breakGlass.pending}
              onClick={() => toggleOwner(o.userId, !o.breakGlass, o.name)}
            >
              {o.breakGlass ? t('removeBreakGlass', { name: o.name }) : t('makeBreakGlass', { name: o.name })}
            </Button>
          </li>
        ))}
      </ul>
      {requireSso.sudoDialog}
      {breakGlass.sudoDialog}
    </div>
  );
}
