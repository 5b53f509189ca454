'use client';

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
  const { state, pending, formProps, sudoDialog } = useFormAction(grantSupportAccessAction, {
    sudo: 'Letting the vendor’s staff into your account is a sensitive change.',
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
          Grant support access
        </h2>
        {state?.ok ? (
          <Alert tone="success">
            Grant {state.data.reference} is active until {formatDateTime(state.data.expiresAt)}. You can revoke it at
            any time.
          </Alert>
        ) : null}
        <FormError state={state} />
        <SelectField label="Who" name="grantee" defaultValue="team" errors={errors?.grantee}>
          <option value="team">The {vendorName} support team</option>
          {staff.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.email})
            </option>
          ))}
        </SelectField>
        <SelectField
          label="What they may do"
          name="scope"
          defaultValue="read-only"
          errors={errors?.scope}
          hint="Read-only lets them look without changing anything. With a role they can act as a member with that role would."
        >
          <option value="read-only">Read-only: look, change nothing</option>
          {roles
            .filter((r) => r.ref !== 'owner')
            .map((r) => (
              <option key={r.ref} value={r.ref} disabled={!r.assignable}>
                Act as {r.label}
                {r.assignable ? '' : ' — needs rights you do not have'}
              </option>
            ))}
        </SelectField>
        <div className="space-y-1">
          <label htmlFor="field-reason" className="block text-sm font-medium">
            Reason
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
            For example the support ticket number. It is shown to the staff and recorded in the audit log.
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
          label="For how long"
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
          {pending ? 'Granting…' : 'Grant access'}
        </Button>
      </form>
      {sudoDialog}
    </>
  );
}
