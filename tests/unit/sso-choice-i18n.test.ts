// The SSO choice on the sign-in page is visitor-facing: under /de/login it reads German, from the auth
// catalogue's own keys (auth.sso.choice), like the rest of the sign-in form.
import { createElement, type ComponentProps } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { IntlProvider } from 'use-intl';
import { describe, expect, it, vi } from 'vitest';
import { compileMessages, readLocaleMessages } from '@/lib/i18n/messages';

vi.mock('@/app/(auth)/actions', () => ({ ssoLookUpAction: vi.fn() }));
const { SsoChoice } = await import('@/components/sso/sso-choice');

const sso = { email: 'member@globex.test', organization: 'Globex', hidesPassword: true, check() {}, usePassword() {} };

function render(locale: 'en' | 'de', organization: string | null = 'Globex') {
  const messages = compileMessages(readLocaleMessages(locale));
  return renderToStaticMarkup(
    createElement(
      IntlProvider,
      // children come as the third argument; the props type wants them among the props.
      { locale, messages: messages as never, timeZone: 'UTC' } as unknown as ComponentProps<typeof IntlProvider>,
      createElement(SsoChoice, { sso: { ...sso, organization }, next: '/account' }),
    ),
  );
}

describe('SSO choice on the sign-in page', () => {
  it('reads English on /login', () => {
    const html = render('en');
    expect(html).toContain('Globex signs you in through its identity provider.');
    expect(html).toContain('Continue with Globex SSO');
    expect(html).toContain('Use a password instead');
  });

  it('reads German on /de/login, with no English left', () => {
    const html = render('de');
    expect(html).toContain('Globex meldet Sie über den eigenen Identitätsanbieter an.');
    expect(html).toContain('Weiter mit dem SSO von Globex');
    expect(html).toContain('Stattdessen mit Passwort anmelden');
    expect(html).not.toMatch(/Continue with|Use a password|signs you in|owners kept/);
  });

  it('shows nothing for an address outside SSO domains', () => {
    expect(render('de', null)).toBe('');
  });
});
