'use client';

import { useTranslations } from 'use-intl';
import { useId, useState, type FormEvent } from 'react';
import type { addIpRuleAction } from '@/app/(account)/account/ip-access/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { displayNetwork, parseIpNetwork } from '@/lib/ip-access/address';
import type { Scope } from '@/lib/ip-access/scopes';
import type { IpChange } from './use-ip-change';

type AddValues = Exclude<Parameters<typeof addIpRuleAction>[1], FormData>;

/** Add one address or range. Errors stay next to the field and the typed input is kept. */
export function AddRuleForm({
  scope,
  title,
  change,
  onSaved,
}: {
  scope: Scope;
  title: string;
  change: IpChange<AddValues, Awaited<ReturnType<typeof addIpRuleAction>>>;
  onSaved: (message: string) => void;
}) {
  const t = useTranslations('account.ipAccess.addRuleForm');
  const [errors, setErrors] = useState<{ address?: string[]; label?: string[]; general?: string } | null>(null);
  const [suggestion, setSuggestion] = useState<string | null>(null);
  const addressId = `${scope}-address`;
  const addressInput = () => document.getElementById(addressId) as HTMLInputElement | null;
  const headingId = useId();
  // Before the JavaScript has loaded (or without it) the browser posts the form to the action itself
  // (useFormAction's formProps); with it, onSubmit below runs the change through the same hook's run(),
  // by way of useIpChange (sudo, the lockout confirmation).
  const { state, formProps } = change.form;
  const noJsErrors =
    state && !state.ok
      ? {
          address: state.fieldErrors?.address,
          label: state.fieldErrors?.label,
          general: state.fieldErrors?.address || state.fieldErrors?.label ? undefined : state.error,
        }
      : null;
  const shown = errors ?? noJsErrors;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const address = String(data.get('address') ?? '');
    const label = String(data.get('label') ?? '');
    const result = await change.run({ scope, address, label });
    if (!result) return;
    if (!result.ok) {
      const fe = result.fieldErrors;
      setErrors({
        address: fe?.address,
        label: fe?.label,
        general: fe?.address || fe?.label ? undefined : result.error,
      });
      const parsed = fe?.address ? parseIpNetwork(address) : null;
      setSuggestion(parsed && !parsed.ok && parsed.suggestion ? displayNetwork(parsed.suggestion) : null);
      if (fe?.address) addressInput()?.focus();
      return;
    }
    setErrors(null);
    setSuggestion(null);
    form.reset();
    const parsed = parseIpNetwork(address);
    onSaved(t('addedToTheList', { address: parsed.ok ? displayNetwork(parsed.value.cidr) : address, title: title }));
  }

  return (
    <form
      {...formProps}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby={headingId}
      className="space-y-3 rounded-md border border-border p-4"
    >
      <h3 id={headingId} className="font-semibold">
        {t('addAnAddressOr')}
      </h3>
      <input type="hidden" name="scope" value={scope} />
      {shown?.general ? <Alert tone="error">{shown.general}</Alert> : null}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          id={addressId}
          label={t('addressOrRange')}
          name="address"
          autoComplete="off"
          spellCheck={false}
          className="block w-full rounded-md border border-border bg-bg px-3 py-2 font-mono text-fg aria-[invalid=true]:border-danger"
          hint={t('ipv4OrIpv6One')}
          errors={shown?.address}
        >
          {suggestion ? (
            <Button
              variant="secondary"
              className="mt-1"
              onClick={() => {
                const input = addressInput();
                if (input) input.value = suggestion;
                setSuggestion(null);
                setErrors((e) => (e ? { ...e, address: undefined } : e));
                input?.focus();
              }}
            >
              {t('use', { suggestion: suggestion })}
            </Button>
          ) : null}
        </Field>
        <Field
          id={`${scope}-label`}
          label={t('label')}
          name="label"
          autoComplete="off"
          maxLength={100}
          hint={t('whoOrWhatUses')}
          errors={shown?.label}
        />
      </div>
      <Button type="submit" disabled={change.busy}>
        {change.busy ? t('saving') : t('addToList', { title: title })}
      </Button>
    </form>
  );
}
