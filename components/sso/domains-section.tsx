'use client';

import { useState, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { claimDomainAction, removeDomainAction, verifyDomainAction } from '@/app/(account)/account/sso/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import type { SsoSettingsDTO } from '@/lib/sso/get-sso-settings';

const code = (chunks: ReactNode) => <code className="break-all">{chunks}</code>;

/** Claim a domain, prove it with a TXT record (or ask the vendor's staff), remove it. */
export function SsoDomainsSection({ domains }: { domains: SsoSettingsDTO['domains'] }) {
  const t = useTranslations('account.sso.domains');
  const claim = useFormAction(claimDomainAction, { sudo: true, onSuccess: (_d, form) => form.reset() });
  const verify = useFormAction(verifyDomainAction);
  const remove = useFormAction(removeDomainAction, { sudo: true });
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const claimErrors = claim.state && !claim.state.ok ? claim.state : null;

  async function act(kind: 'verify' | 'remove', domainId: string, domain: string) {
    const result = await (kind === 'verify' ? verify : remove).run({ domainId });
    if (result.ok)
      setMessage({
        tone: 'success',
        text: kind === 'verify' ? t('verifiedNote', { domain }) : t('removedNote', { domain }),
      });
    else setMessage({ tone: 'error', text: result.error });
  }

  return (
    <div className="space-y-4">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {domains.length === 0 ? (
        <p className="text-sm text-fg-muted">{t('empty')}</p>
      ) : (
        <ul className="space-y-3">
          {domains.map((d) => (
            <li key={d.id} className="rounded-md border border-border p-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <strong>{d.domain}</strong>
                <span className="text-sm">
                  {d.verified ? (d.verifiedBy === 'dns' ? t('verifiedByDns') : t('verifiedByStaff')) : t('notVerified')}
                </span>
              </div>
              {!d.verified ? (
                <p className="mt-2 text-sm text-fg-muted">
                  {t.rich('txtHelp', { name: d.txtName, value: d.txtValue, code })}
                </p>
              ) : null}
              <div className="mt-2 flex gap-2">
                {!d.verified ? (
                  <Button variant="secondary" disabled={verify.pending} onClick={() => act('verify', d.id, d.domain)}>
                    {t('check', { domain: d.domain })}
                  </Button>
                ) : null}
                <Button variant="danger" disabled={remove.pending} onClick={() => act('remove', d.id, d.domain)}>
                  {t('remove', { domain: d.domain })}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <form {...claim.formProps} className="flex flex-wrap items-end gap-3" noValidate>
        <Field
          label={t('domain')}
          name="domain"
          placeholder="globex.com"
          errors={
            claimErrors?.fieldErrors?.domain ??
            (claimErrors && !claimErrors.fieldErrors ? [claimErrors.error] : undefined)
          }
        />
        <Button type="submit" disabled={claim.pending}>
          {t('claim')}
        </Button>
      </form>
      {claim.sudoDialog}
      {remove.sudoDialog}
    </div>
  );
}
