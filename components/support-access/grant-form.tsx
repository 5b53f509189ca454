'use client';

import { useTranslations } from 'use-intl';
import { grantSupportAccessAction } from '@/app/(account)/account/support-access/actions';
import { FormError } from '@/components/users/form-error';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import type { RoleOptionDTO } from '@/lib/roles/dto';
import type { SupportStaffDTO } from '@/lib/support-access/dto';
import { formatDateTime } from '@/lib/ui/format';
import { useFormAction } from '@/components/ui/use-form-action';

export function GrantForm({
  vendorName,
  staff,
  roles,
  durations,
}: {
  vendorName: string;
  staff: SupportStaffDTO[];
  roles: RoleOptionDTO[];
  durations: { minutes: number; label: string }[];
}) {
  const t = useTranslations('account.supportAccess.grantForm');
  const { state, pending, formProps, sudoDialog } = useFormAction(grantSupportAccessAction, {
    sudo: t('lettingTheVendorS'),
    onSuccess: (_d, form) => form.reset(),
  });
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  const defaultDuration = durations.find((d) => d.minutes === 1440)?.minutes ?? durations[0]?.minutes;
  return (
    <>
      <form
        {...formProps}
        className="max-w-2xl space-y-4 rounded-md border border-border p-4"
        noValidate
        aria-labelledby="grant-heading"
      >
        <h2 id="grant-heading" className="text-xl font-semibold">
          {t('grantSupportAccess')}
        </h2>
        {state?.ok ? (
          <Alert tone="success">
            {t('grantIsActiveUntil', {
              reference: state.data.reference,
              expiresAt: formatDateTime(state.data.expiresAt),
            })}
          </Alert>
        ) : null}
        <FormError state={state} />
        <SelectField label={t('who')} name="grantee" defaultValue="team" errors={errors?.grantee}>
          <option value="team">{t('theSupportTeam', { vendorName: vendorName })}</option>
          {staff.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.email})
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('whatTheyMayDo')}
          name="scope"
          defaultValue="read-only"
          errors={errors?.scope}
          hint={t('readOnlyLetsThem')}
        >
          <option value="read-only">{t('readOnlyLookChange')}</option>
          {roles
            .filter((r) => r.ref !== 'owner')
            .map((r) => (
              <option key={r.ref} value={r.ref} disabled={!r.assignable}>
                {t('actAs')} {r.label}
                {r.assignable ? '' : t('needsRightsYouDo')}
              </option>
            ))}
        </SelectField>
        <div className="space-y-1">
          <label htmlFor="field-reason" className="block text-sm font-medium">
            {t('reason')}
          </label>
          <textarea
            id="field-reason"
            name="reason"
            rows={3}
            maxLength={500}
            required
            aria-invalid={errors?.reason ? true : undefined}
            aria-describedby={['field-reason-hint', errors?.reason ? 'field-reason-error' : '']
              .filter(Boolean)
              .join(' ')}
            className="block w-full rounded-md border border-border bg-bg px-3 py-2 text-fg aria-[invalid=true]:border-danger"
          />
          <p id="field-reason-hint" className="text-sm text-fg-muted">
            {t('forExampleTheSupport')}
          </p>
          {errors?.reason ? (
            <ul id="field-reason-error" className="text-sm text-danger">
              {errors.reason.map((e) => (
                <li key={e}>{e}</li>
              ))}
            </ul>
          ) : null}
        </div>
        <SelectField
          label={t('forHowLong')}
          name="durationMinutes"
          defaultValue={String(defaultDuration)}
          errors={errors?.durationMinutes}
        >
          {durations.map((d) => (
            <option key={d.minutes} value={d.minutes}>
              {d.label}
            </option>
          ))}
        </SelectField>
        <Button type="submit" disabled={pending}>
          {pending ? t('granting') : t('grantAccess')}
        </Button>
      </form>
      {sudoDialog}
    </>
  );
}
