'use client';

import { saveSsoConnectionAction } from '@/app/(account)/account/sso/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { useFormAction } from '@/components/ui/use-form-action';
import type { SsoSettingsDTO } from '@/lib/sso/get-sso-settings';

function Check({ name, label, hint, checked }: { name: string; label: string; hint: string; checked: boolean }) {
  return (
    <div className="flex items-start gap-3">
      <input
        id={`sso-${name}`}
        name={name}
        type="checkbox"
        defaultChecked={checked}
        aria-describedby={`sso-${name}-hint`}
        className="mt-1 size-4"
      />
      <div>
        <label htmlFor={`sso-${name}`} className="font-medium">
          {label}
        </label>
        <p id={`sso-${name}-hint`} className="text-sm text-fg-muted">
          {hint}
        </p>
      </div>
    </div>
  );
}

/** Issuer, client and what happens at sign-in. The secret field stays empty: a saved secret is never shown. */
export function SsoConnectionForm({ settings }: { settings: SsoSettingsDTO }) {
  const c = settings.connection;
  const { state, pending, formProps, sudoDialog } = useFormAction(saveSsoConnectionAction, {
    sudo: 'Changing how your organization signs in is a sensitive change.',
    onSuccess: (_data, form) => {
      const secret = form.elements.namedItem('clientSecret') as HTMLInputElement | null;
      if (secret) secret.value = '';
    },
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <>
      <form {...formProps} className="space-y-4 rounded-md border border-border p-4" noValidate>
        {state?.ok ? <Alert tone="success">Connection saved. The identity provider answered correctly.</Alert> : null}
        {state && !state.ok && !state.fieldErrors ? <Alert tone="error">{state.error}</Alert> : null}
        <Field
          label="Issuer URL"
          name="issuer"
          type="url"
          defaultValue={c?.issuer}
          required
          hint="Your identity provider's OpenID Connect issuer, e.g. https://login.globex.com. Its discovery document is checked when you save."
          errors={errors?.issuer}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field label="Client ID" name="clientId" defaultValue={c?.clientId} required errors={errors?.clientId} />
          <Field
            label="Client secret"
            name="clientSecret"
            type="password"
            autoComplete="off"
            hint={c ? 'Saved and encrypted; it is never shown again. Leave empty to keep it.' : 'Encrypted at rest.'}
            errors={errors?.clientSecret}
          />
        </div>
        <SelectField
          label="Role for people who join through SSO"
          name="defaultRole"
          defaultValue={c?.defaultRole ?? 'member'}
          errors={errors?.defaultRole}
        >
          {settings.roles.map((r) => (
            <option key={r.ref} value={r.ref}>
              {r.label}
            </option>
          ))}
        </SelectField>
        <Check
          name="jitProvisioning"
          label="Create accounts on first sign-in (just-in-time provisioning)"
          hint="Anyone your identity provider signs in with an address in your verified domains becomes a member with the role above. Off: only existing members and people you invited get in."
          checked={c?.jitProvisioning ?? false}
        />
        <Check
          name="idpEnforcesMfa"
          label="Our identity provider enforces multi-factor authentication"
          hint="Members signing in through SSO are then not asked for a second factor here. Off: it is skipped only when the identity provider says the sign-in used MFA (amr contains mfa)."
          checked={c?.idpEnforcesMfa ?? false}
        />
        <p className="text-sm text-fg-muted">
          Register this redirect URI at your identity provider:{' '}
          <code className="break-all">{settings.redirectUri}</code>
          {c ? (
            <>
              {' '}
              and, for sign-out everywhere, this back-channel logout URI:{' '}
              <code className="break-all">{c.backchannelLogoutUri}</code>
            </>
          ) : null}
        </p>
        <Button type="submit" disabled={pending}>
          {pending ? 'Checking and saving…' : 'Save connection'}
        </Button>
      </form>
      {sudoDialog}
    </>
  );
}
