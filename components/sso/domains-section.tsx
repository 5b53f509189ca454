'use client';

import { useState } from 'react';
import { claimDomainAction, removeDomainAction, verifyDomainAction } from '@/app/(account)/account/sso/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import type { SsoSettingsDTO } from '@/lib/sso/get-sso-settings';

/** Claim a domain, prove it with a TXT record (or ask the vendor's staff), remove it. */
export function SsoDomainsSection({ domains }: { domains: SsoSettingsDTO['domains'] }) {
  const claim = useFormAction(claimDomainAction, { sudo: true, onSuccess: (_d, form) => form.reset() });
  const verify = useFormAction(verifyDomainAction);
  const remove = useFormAction(removeDomainAction, { sudo: true });
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const claimErrors = claim.state && !claim.state.ok ? claim.state : null;

  async function act(kind: 'verify' | 'remove', domainId: string, domain: string) {
    const result = await (kind === 'verify' ? verify : remove).run({ domainId });
    if (result.ok)
      setMessage({ tone: 'success', text: kind === 'verify' ? `${domain} is verified.` : `${domain} removed.` });
    else setMessage({ tone: 'error', text: result.error });
  }

  return (
    <div className="space-y-4">
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {domains.length === 0 ? (
        <p className="text-sm text-fg-muted">No domains yet: SSO applies to addresses in the domains you verify.</p>
      ) : (
        <ul className="space-y-3">
          {domains.map((d) => (
            <li key={d.id} className="rounded-md border border-border p-3">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <strong>{d.domain}</strong>
                <span className="text-sm">
                  {d.verified
                    ? `Verified (${d.verifiedBy === 'dns' ? 'DNS record' : 'by the vendor’s staff'})`
                    : 'Not verified yet'}
                </span>
              </div>
              {!d.verified ? (
                <p className="mt-2 text-sm text-fg-muted">
                  Add a TXT record named <code className="break-all">{d.txtName}</code> with the value{' '}
                  <code className="break-all">{d.txtValue}</code>, then check it. Cannot change DNS? Ask the vendor’s
                  support team to approve the claim.
                </p>
              ) : null}
              <div className="mt-2 flex gap-2">
                {!d.verified ? (
                  <Button variant="secondary" disabled={verify.pending} onClick={() => act('verify', d.id, d.domain)}>
                    Check DNS record for {d.domain}
                  </Button>
                ) : null}
                <Button variant="danger" disabled={remove.pending} onClick={() => act('remove', d.id, d.domain)}>
                  Remove {d.domain}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <form {...claim.formProps} className="flex flex-wrap items-end gap-3" noValidate>
        <Field
          label="Email domain"
          name="domain"
          placeholder="globex.com"
          errors={
            claimErrors?.fieldErrors?.domain ??
            (claimErrors && !claimErrors.fieldErrors ? [claimErrors.error] : undefined)
          }
        />
        <Button type="submit" disabled={claim.pending}>
          Claim domain
        </Button>
      </form>
      {claim.sudoDialog}
      {remove.sudoDialog}
    </div>
  );
}
