'use client';

import { useTranslations } from 'use-intl';
import { useRouter } from 'next/navigation';
import { fileObjectionAction } from '@/app/(account)/account/subprocessor-notices/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormAction } from '@/components/ui/use-form-action';
import { OBJECTION_REASON_MAX } from '@/lib/validation/notices';

/** The customer's objection to one notice: a reason, filed once for the organization. */
export function ObjectionForm({ number }: { number: number }) {
  const t = useTranslations('account.notices.objectionForm');
  const router = useRouter();
  const { state, formProps, pending } = useFormAction(fileObjectionAction, { onSuccess: () => router.refresh() });
  const errors = state && !state.ok ? state.fieldErrors?.reason : undefined;
  return (
    <form {...formProps} noValidate className="space-y-3">
      <input type="hidden" name="number" value={number} />
      <div className="space-y-1">
        <label htmlFor="objection-reason" className="block text-sm font-medium">
          {t('reason')}
        </label>
        <textarea
          id="objection-reason"
          name="reason"
          rows={5}
          required
          maxLength={OBJECTION_REASON_MAX}
          aria-invalid={errors ? true : undefined}
          aria-describedby={errors ? 'objection-reason-error objection-reason-hint' : 'objection-reason-hint'}
          className="block w-full rounded-md border border-border bg-bg px-3 py-2 text-fg aria-[invalid=true]:border-danger"
        />
        <p id="objection-reason-hint" className="text-sm text-fg-muted">
          {t('whatConcernsYourOrganization')}
        </p>
        {errors ? (
          <ul id="objection-reason-error" className="text-sm text-danger">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        ) : null}
      </div>
      {state && !state.ok && !errors ? <Alert tone="error">{state.error}</Alert> : null}
      {state?.ok ? <Alert tone="success">{t('objectionFiledWeHave')}</Alert> : null}
      <Button type="submit" disabled={pending}>
        {pending ? t('filing') : t('fileObjection')}
      </Button>
    </form>
  );
}
