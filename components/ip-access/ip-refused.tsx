import { headers } from 'next/headers';
import type { ReactNode } from 'react';
import { signOutFromRefusedAddress } from '@/app/(account)/account/ip-access/actions';
import { getConfig } from '@/lib/config';
import { getRequestLocale } from '@/lib/i18n/request-locale';
import { getTranslator } from '@/lib/i18n/translator';

/**
 * The 403 page for a request from outside the organization's panel allowlist: what happened, the
 * address we saw, and who can change it (`contacts`, loaded by app/_ip-access/forbidden-or-refused.tsx).
 */
export async function IpRefused({
  refusal,
  contacts,
}: {
  refusal: { ip: string | null; organizationId: string; organizationName: string };
  contacts: { name: string; email: string }[];
}) {
  const h = await headers();
  const { supportEmail } = getConfig();
  const requestId = h.get('x-request-id');
  const organization = refusal.organizationName;
  const t = getTranslator(await getRequestLocale(), 'auth.ipRefused');
  const mono = (chunks: ReactNode) => <span className="font-mono">{chunks}</span>;
  const mail = (chunks: ReactNode) => <a href={`mailto:${supportEmail}`}>{chunks}</a>;
  return (
    <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-16 outline-none">
      <p className="text-sm font-medium text-fg-muted">{t('eyebrow')}</p>
      <h1 className="mt-2 text-3xl font-bold">{t('heading', { organization })}</h1>
      <p className="mt-4">
        {
          t.rich('body', {
            organization,
            ip: refusal.ip ?? t('unknownAddress'),
            address: (chunks: ReactNode) => (
              <strong className="font-mono" data-testid="refused-ip">
                {chunks}
              </strong>
            ),
          }) as ReactNode
        }
      </p>
      <h2 className="mt-8 text-xl font-semibold">{t('whatHeading')}</h2>
      <ul className="mt-3 list-disc space-y-2 pl-6">
        <li>{t('network')}</li>
        <li>
          {refusal.ip
            ? (t.rich('ask', { organization, ip: refusal.ip, address: mono }) as ReactNode)
            : t('askUnknown', { organization })}
          {contacts.length ? ':' : '.'}
          {contacts.length ? (
            <ul className="mt-2 space-y-1 pl-4">
              {contacts.map((c) => (
                <li key={c.email}>
                  {c.name} — <a href={`mailto:${c.email}`}>{c.email}</a>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
        <li>
          {requestId
            ? (t.rich('mistakeReference', { supportEmail, requestId, mail, ref: mono }) as ReactNode)
            : (t.rich('mistake', { supportEmail, mail }) as ReactNode)}
        </li>
      </ul>
      <form action={signOutFromRefusedAddress} className="mt-8">
        <button
          type="submit"
          className="rounded-md border border-border px-4 py-2 text-sm font-medium hover:bg-bg-subtle"
        >
          {t('signOut')}
        </button>
      </form>
    </main>
  );
}
