'use client';

import { useTranslations } from 'use-intl';
import { useId, useState } from 'react';
import { resetMemberTwoFactorAction, updateTwoFactorPolicyAction } from '@/app/(account)/account/security/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import type { OrganizationSecurityDTO } from '@/lib/mfa/get-organization-security';
import { formatDateTime } from '@/lib/ui/format';
import { FieldAlert } from './field-alert';
import { Modal } from '@/components/ui/modal';
import { DataTable } from '@/components/ui/data-table';
import { useFormAction } from '@/components/ui/use-form-action';

/** security:manage holders: the two-factor policy, who has 2FA, and resetting a member's factors. */
export function OrganizationSecurity({ data }: { data: OrganizationSecurityDTO }) {
  const t = useTranslations('account.mfa.organizationSecurity');
  const [resetting, setResetting] = useState<OrganizationSecurityDTO['members'][number] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const savePolicy = useFormAction(updateTwoFactorPolicyAction, { sudo: t('sudoReason') });
  const reset = useFormAction(resetMemberTwoFactorAction, {
    sudo: t('sudoReason'),
    onSuccess: () => {
      setDone(t('theTwoFactorAuthentication', { name: resetting?.name ?? '' }));
      setResetting(null);
    },
  });
  return (
    <div className="space-y-8">
      <PolicyForm policy={data.policy} save={savePolicy} />
      <section aria-labelledby="members-2fa-heading" className="space-y-3">
        <h3 id="members-2fa-heading" className="text-lg font-semibold">
          {t('membersTwoFactorAuthentication')}
        </h3>
        <p className="text-sm">
          {data.membersWithout2fa === 0
            ? t('everyMemberHasTwo')
            : t('ofMembersNoTwo', {
                membersWithout2fa: data.membersWithout2fa,
                membersCount: data.members.length,
              })}
        </p>
        {done ? <Alert tone="success">{done}</Alert> : null}
        <DataTable
          caption={t('membersAndTheirSecond')}
          columns={[t('member'), t('twoFactor'), { label: t('actions'), srOnly: true }]}
        >
          {data.members.map((m) => (
            <tr key={m.userId} className="border-b border-border align-middle">
              <td className="py-3 pr-4">
                <span className="font-medium">{m.name}</span>
                {m.isYou ? (
                  <span className="ml-2 rounded bg-bg-subtle px-2 py-0.5 text-xs font-semibold">{t('you')}</span>
                ) : null}
                <span className="block break-all text-fg-muted">{m.email}</span>
              </td>
              <td className="py-3 pr-4">
                {m.kinds.length ? (
                  m.kinds.map((k) => t(`kind.${k}`)).join(', ')
                ) : (
                  <span className="font-semibold text-danger">{t('none')}</span>
                )}
                {m.kinds.length && data.policy.required && !m.compliant ? (
                  <span className="block text-fg-muted">{t('needsAPasskey')}</span>
                ) : null}
              </td>
              <td className="py-3 text-right">
                {m.kinds.length && !m.isYou ? (
                  <Button
                    variant="secondary"
                    onClick={() => {
                      setDone(null);
                      reset.setState(null);
                      setResetting(m);
                    }}
                    aria-label={t('resetTwoFactorAuthentication', { name: m.name })}
                  >
                    {t('reset2fa')}
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      </section>
      {resetting ? <ResetDialog member={resetting} reset={reset} onClose={() => setResetting(null)} /> : null}
      {savePolicy.sudoDialog}
      {reset.sudoDialog}
    </div>
  );
}

function PolicyForm({
  policy,
  save,
}: {
  policy: OrganizationSecurityDTO['policy'];
  save: ReturnType<typeof useFormAction<Awaited<ReturnType<typeof updateTwoFactorPolicyAction>>>>;
}) {
  const t = useTranslations('account.mfa.organizationSecurity');
  const [required, setRequired] = useState(policy.required);
  const { state: result, pending, formProps } = save;
  // A cancelled "Confirm it's you" changes nothing, so it says nothing either.
  const state = result && !result.ok && result.code === 'REAUTH_REQUIRED' ? null : result;
  const hintId = useId();
  const error = state && !state.ok ? state : null;
  return (
    <form {...formProps} method="post" className="max-w-xl space-y-4" noValidate>
      {state?.ok ? (
        <Alert tone="success">
          {t('policySaved')}
          {state.data.graceEndsAt
            ? t('membersWithoutTwoFactor', { graceEndsAt: formatDateTime(state.data.graceEndsAt) })
            : ''}
        </Alert>
      ) : null}
      {error && !error.fieldErrors ? (
        <Alert tone="error">{error.error}</Alert>
      ) : (
        <FieldAlert errors={error?.fieldErrors ? Object.values(error.fieldErrors).flat() : undefined} />
      )}
      <fieldset className="space-y-3">
        <legend className="sr-only">{t('twoFactorPolicy')}</legend>
        <div className="flex items-start gap-3">
          <input
            id="policy-required"
            name="required"
            type="checkbox"
            defaultChecked={policy.required}
            onChange={(e) => setRequired(e.currentTarget.checked)}
            aria-describedby={`${hintId}-required${error?.fieldErrors?.required ? ' policy-required-error' : ''}`}
            className="mt-1 size-4"
          />
          <div>
            <label htmlFor="policy-required" className="font-medium">
              {t('requireTwoFactorAuthentication')}
            </label>
            <p id={`${hintId}-required`} className="text-sm text-fg-muted">
              {t('membersWithoutItAre')}
            </p>
            {error?.fieldErrors?.required ? (
              <p id="policy-required-error" className="text-sm text-danger">
                {error.fieldErrors.required.join(' ')}
              </p>
            ) : null}
          </div>
        </div>
        <div className="flex items-start gap-3">
          <input
            id="policy-passkeys-only"
            name="passkeysOnly"
            type="checkbox"
            defaultChecked={policy.passkeysOnly}
            disabled={!required}
            aria-describedby={`${hintId}-passkeys`}
            className="mt-1 size-4"
          />
          <div>
            <label htmlFor="policy-passkeys-only" className="font-medium">
              {t('acceptOnlyPasskeysAnd')}
            </label>
            <p id={`${hintId}-passkeys`} className="text-sm text-fg-muted">
              {t('phishingResistantAnAuthenticator')}
            </p>
          </div>
        </div>
      </fieldset>
      <Field
        label={t('gracePeriodInDays')}
        name="graceDays"
        type="number"
        inputMode="numeric"
        min={0}
        max={90}
        defaultValue={policy.graceDays}
        className="block w-32 rounded-md border border-border bg-bg px-3 py-2 text-fg aria-[invalid=true]:border-danger"
        hint={
          policy.required && policy.requiredSince
            ? policy.graceEndsAt
              ? t('countedFromSwitchOnEnds', {
                  since: formatDateTime(policy.requiredSince),
                  ends: formatDateTime(policy.graceEndsAt),
                })
              : t('countedFromSwitchOn', { since: formatDateTime(policy.requiredSince) })
            : t('countedFromWhenYou')
        }
        errors={error?.fieldErrors?.graceDays}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t('saving') : t('savePolicy')}
      </Button>
    </form>
  );
}

function ResetDialog({
  member,
  reset,
  onClose,
}: {
  member: OrganizationSecurityDTO['members'][number];
  reset: ReturnType<typeof useFormAction<Awaited<ReturnType<typeof resetMemberTwoFactorAction>>>>;
  onClose: () => void;
}) {
  const t = useTranslations('account.mfa.organizationSecurity');
  const { state, pending, formProps } = reset;
  const error =
    state && !state.ok && state.code !== 'REAUTH_REQUIRED'
      ? { message: state.error, field: state.fieldErrors?.reason }
      : null;
  return (
    <Modal
      title={t('resetTwoFactorAuthentication2', { name: member.name })}
      description={t('theirAuthenticatorAppPasskeys')}
      onClose={onClose}
    >
      <form {...formProps} method="post" className="space-y-4" noValidate>
        <input type="hidden" name="userId" value={member.userId} />
        {error && !error.field ? <Alert tone="error">{error.message}</Alert> : <FieldAlert errors={error?.field} />}
        <Field
          label={t('reason')}
          name="reason"
          required
          autoFocus
          maxLength={500}
          hint={t('forExampleLostPhone')}
          errors={error?.field}
        />
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="secondary" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button type="submit" variant="danger" disabled={pending}>
            {pending ? t('resetting') : t('resetTwoFactorAuthentication3')}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
