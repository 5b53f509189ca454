'use client';

import { useState } from 'react';
import { setBreakGlassAction, setRequireSsoAction } from '@/app/(account)/account/sso/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormAction } from '@/components/ui/use-form-action';
import type { SsoSettingsDTO } from '@/lib/sso/get-sso-settings';

/** Require SSO, and the owners who keep password sign-in for when the identity provider is down. */
export function SsoEnforcementSection({ settings }: { settings: SsoSettingsDTO }) {
  const requireSso = useFormAction(setRequireSsoAction, {
    sudo: 'Requiring single sign-on signs members out of password sessions.',
  });
  const breakGlass = useFormAction(setBreakGlassAction, { sudo: true });
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const on = settings.connection?.requireSso ?? false;

  async function toggleRequire() {
    const result = await requireSso.run({ enabled: !on });
    if (!result.ok) return setMessage({ tone: 'error', text: result.error });
    setMessage({
      tone: 'success',
      text: result.data.enabled
        ? `Single sign-on is now required. ${result.data.sessionsEnded} password ${result.data.sessionsEnded === 1 ? 'session was' : 'sessions were'} ended.`
        : 'Single sign-on is no longer required: members may sign in with a password or passkey again.',
    });
  }

  async function toggleOwner(userId: string, value: boolean, name: string) {
    const result = await breakGlass.run({ userId, breakGlass: value });
    if (!result.ok) return setMessage({ tone: 'error', text: result.error });
    setMessage({ tone: 'success', text: value ? `${name} keeps password sign-in.` : `${name} must use SSO.` });
  }

  return (
    <div className="space-y-4">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <p>
        Require SSO is <strong>{on ? 'on' : 'off'}</strong>.{' '}
        {on
          ? 'Members can sign in only through your identity provider; password and passkey sign-in are refused, except for the break-glass owners below.'
          : 'Members may also sign in with a password or passkey.'}
      </p>
      <Button
        variant={on ? 'secondary' : 'primary'}
        disabled={requireSso.pending || !settings.connection}
        onClick={toggleRequire}
      >
        {on ? 'Stop requiring SSO' : 'Require SSO'}
      </Button>
      <h3 className="font-semibold">Break-glass owners</h3>
      <p className="text-sm text-fg-muted">
        They keep password sign-in (with their second factor) so the organization is never locked out when the identity
        provider is unavailable. At least one is needed while SSO is required.
      </p>
      <ul className="space-y-2">
        {settings.owners.map((o) => (
          <li key={o.userId} className="flex flex-wrap items-center justify-between gap-2">
            <span>
              {o.name} ({o.email}){o.breakGlass ? ' — break-glass' : ''}
            </span>
            <Button
              variant="secondary"
              disabled={breakGlass.pending}
              onClick={() => toggleOwner(o.userId, !o.breakGlass, o.name)}
            >
              {o.breakGlass ? `Remove break-glass from ${o.name}` : `Make ${o.name} break-glass`}
            </Button>
          </li>
        ))}
      </ul>
      {requireSso.sudoDialog}
      {breakGlass.sudoDialog}
    </div>
  );
}
