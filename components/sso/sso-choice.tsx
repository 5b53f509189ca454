'use client';

import { useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { ssoLookUpAction } from '@/app/(auth)/actions';

// Email first: while the address is typed, the sign-in page asks whether its domain belongs to an
// organization with SSO. If so, "Continue with <Org> SSO" replaces the password field (a link keeps the
// password form for break-glass owners); otherwise nothing changes. Without JavaScript the password form
// stays, and a member who must use SSO is told so by the password step. A password already being typed
// (or filled by a password manager) when the answer arrives is never hidden under the user's hands: the
// SSO choice then shows above it.

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export interface SsoLookUp {
  email: string;
  organization: string | null;
  hidesPassword: boolean;
  check: (email: string, now?: boolean) => void;
  /** The password option stays: chosen by the link, or something was typed into the password field. */
  usePassword: () => void;
}

export function useSsoLookUp(): SsoLookUp {
  const [found, setFound] = useState<{ email: string; organization: string } | null>(null);
  const [passwordAnyway, setPasswordAnyway] = useState(false);
  const [email, setEmail] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const asked = useRef(new Map<string, string | null>());

  async function lookUp(value: string) {
    const domain = value.slice(value.lastIndexOf('@') + 1);
    if (asked.current.has(domain)) {
      const org = asked.current.get(domain) ?? null;
      setFound(org ? { email: value, organization: org } : null);
      return;
    }
    const result = await ssoLookUpAction(null, { email: value });
    const org = result.ok && result.data ? result.data.organization : null;
    asked.current.set(domain, org);
    setFound(org ? { email: value, organization: org } : null);
  }

  return {
    email,
    organization: found && found.email === email ? found.organization : null,
    hidesPassword: Boolean(found && found.email === email && !passwordAnyway),
    check(value, now = false) {
      const v = value.trim().toLowerCase();
      setEmail(v);
      if (timer.current) clearTimeout(timer.current);
      if (!EMAIL.test(v)) return setFound(null);
      timer.current = setTimeout(() => void lookUp(v), now ? 0 : 350);
    },
    usePassword: () => setPasswordAnyway(true),
  };
}

export function SsoChoice({ sso, next }: { sso: SsoLookUp; next: string }) {
  // Visitor-facing: in the sign-in page's language (/de/login), from the auth catalogue's own sso keys.
  const t = useTranslations('auth.sso.choice');
  if (!sso.organization) return null;
  const organization = sso.organization;
  const href = `/api/sso/start?email=${encodeURIComponent(sso.email)}&next=${encodeURIComponent(next)}`;
  return (
    <div className="space-y-2 rounded-md border border-border p-3">
      <p className="text-sm">{t('signsYouIn', { organization })}</p>
      {/* A full navigation: the IdP's page is another site. */}
      <a
        href={href}
        className="inline-flex items-center justify-center rounded-md bg-brand px-4 py-2 text-sm font-medium text-white hover:opacity-90"
      >
        {t('continue', { organization })}
      </a>
      {sso.hidesPassword ? (
        <p className="text-sm">
          <button type="button" className="underline" onClick={sso.usePassword}>
            {t('usePassword')}
          </button>{' '}
          {t('usePasswordFor')}
        </p>
      ) : null}
    </div>
  );
}
