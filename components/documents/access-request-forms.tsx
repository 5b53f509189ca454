'use client';

import {
  addRuleAction,
  decideAction,
  removeRuleAction,
  revokeAction,
} from '@/app/(studio)/studio/access-requests/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import { useTranslations } from 'use-intl';

function Failure({ state }: { state: { ok: boolean; error?: string; fieldErrors?: Record<string, string[]> } | null }) {
  const t = useTranslations('studio.common');
  if (!state || state.ok) return null;
  return <Alert tone="error">{state.fieldErrors ? t('checkFields') : state.error}</Alert>;
}

/** Approve for N days, or deny with a message the requester receives. */
export function DecideForms({ requestId, who }: { requestId: string; who: string }) {
  const t = useTranslations('studio.accessRequests.forms');
  const approve = useFormAction(decideAction);
  const deny = useFormAction(decideAction);
  const approveErrors = approve.state && !approve.state.ok ? (approve.state.fieldErrors ?? {}) : {};
  const denyErrors = deny.state && !deny.state.ok ? (deny.state.fieldErrors ?? {}) : {};
  return (
    <div className="mt-3 grid gap-4 sm:grid-cols-2">
      <form {...approve.formProps} className="space-y-2" noValidate aria-label={t('approveLabel', { who })}>
        <Failure state={approve.state} />
        <input type="hidden" name="decision" value="approve" />
        <input type="hidden" name="requestId" value={requestId} />
        <Field
          id={`days-${requestId}`}
          label={t('approveDays')}
          name="expiryDays"
          type="number"
          min={1}
          max={365}
          defaultValue={30}
          errors={approveErrors.expiryDays}
        />
        <Button type="submit" disabled={approve.pending}>
          {t('approve')}
        </Button>
      </form>
      <form {...deny.formProps} className="space-y-2" noValidate aria-label={t('denyLabel', { who })}>
        <Failure state={deny.state} />
        <input type="hidden" name="decision" value="deny" />
        <input type="hidden" name="requestId" value={requestId} />
        <Field id={`msg-${requestId}`} label={t('denyMessage')} name="message" errors={denyErrors.message} />
        <Button type="submit" variant="danger" disabled={deny.pending}>
          {t('deny')}
        </Button>
      </form>
    </div>
  );
}

export function RevokeForm({ requestId, who }: { requestId: string; who: string }) {
  const t = useTranslations('studio.accessRequests.forms');
  const revoke = useFormAction(revokeAction);
  return (
    <form {...revoke.formProps} className="mt-3 space-y-2">
      <Failure state={revoke.state} />
      <input type="hidden" name="requestId" value={requestId} />
      <Button type="submit" variant="danger" disabled={revoke.pending}>
        {t.rich('revoke', {
          who,
          sr: (chunks) => <span className="sr-only">{chunks}</span>,
        })}
      </Button>
    </form>
  );
}

export function AddRuleForm() {
  const t = useTranslations('studio.accessRequests.forms');
  const add = useFormAction(addRuleAction, { onSuccess: (_d, form) => form.reset() });
  const errors = add.state && !add.state.ok ? (add.state.fieldErrors ?? {}) : {};
  return (
    <form
      {...add.formProps}
      className="mt-4 grid max-w-2xl gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-start"
      noValidate
    >
      <div className="sm:col-span-3">
        <Failure state={add.state} />
      </div>
      <Field
        id="rule-domain"
        label={t('domain')}
        name="domain"
        placeholder={t('domainPlaceholder')}
        errors={errors.domain}
      />
      <Field
        id="rule-days"
        label={t('ruleDays')}
        name="expiryDays"
        type="number"
        min={1}
        max={365}
        defaultValue={90}
        errors={errors.expiryDays}
      />
      <Button type="submit" className="sm:mt-6" disabled={add.pending}>
        {t('addDomain')}
      </Button>
    </form>
  );
}

export function RemoveRuleForm({ ruleId, domain }: { ruleId: string; domain: string }) {
  const t = useTranslations('studio.accessRequests.forms');
  const remove = useFormAction(removeRuleAction);
  return (
    <form {...remove.formProps} className="inline">
      <input type="hidden" name="ruleId" value={ruleId} />
      <Button type="submit" variant="secondary" disabled={remove.pending}>
        {t.rich('remove', {
          domain,
          sr: (chunks) => <span className="sr-only">{chunks}</span>,
        })}
      </Button>
    </form>
  );
}
