'use client';

import { useTranslations } from 'use-intl';
import { useId } from 'react';
import { testIpAddressAction } from '@/app/(account)/account/ip-access/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

/** "Test an address": which rule of which scope matches, and why. Reads only; nothing is saved. */
export function TestAddressForm({ currentIp }: { currentIp: string | null }) {
  const t = useTranslations('account.ipAccess.testAddressForm');
  const { state, formProps, pending } = useFormAction(testIpAddressAction);
  const resultId = useId();
  const error = state && !state.ok ? state : null;
  const result = state?.ok ? state.data : null;
  return (
    <div className="space-y-4">
      <form {...formProps} noValidate className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 sm:max-w-sm">
          <Field
            id="test-address"
            label={t('ipAddress')}
            name="address"
            defaultValue={currentIp ?? ''}
            autoComplete="off"
            spellCheck={false}
            errors={error?.fieldErrors?.address}
          />
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          {pending ? t('testing') : t('testAddress')}
        </Button>
      </form>
      {error && !error.fieldErrors ? <Alert tone="error">{error.error}</Alert> : null}
      {result ? (
        <section aria-labelledby={resultId} aria-live="polite" className="space-y-3">
          <h3 id={resultId} className="font-semibold">
            {t('resultFor')} <span className="font-mono">{result.address}</span>
            {result.unmappedFrom ? (
              <span className="font-normal text-fg-muted">
                {' '}
                {t('checkedAsIpv4You', { unmappedFrom: result.unmappedFrom })}
              </span>
            ) : null}
          </h3>
          <ul className="grid gap-3 md:grid-cols-3">
            {result.scopes.map((s) => (
              <li key={s.scope} className="rounded-md border border-border p-3 text-sm">
                <p className="font-semibold">
                  {s.title}:{' '}
                  <span className={s.enabled && !s.allowed ? 'text-danger' : 'text-ok'}>
                    {s.allowed ? t('allowed') : t('refused')}
                  </span>
                  <span className="font-normal text-fg-muted">
                    {' '}
                    {t('list')} {s.enabled ? 'on' : 'off'}
                  </span>
                </p>
                <p className="mt-1">{s.verdict}</p>
                {s.matches.length ? (
                  <ul className="mt-2 space-y-1">
                    {s.matches.map((m) => (
                      <li key={m.address}>
                        <span className="font-mono">{m.address}</span> “{m.label}” —{' '}
                        <span className="text-fg-muted">{m.why}</span>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
