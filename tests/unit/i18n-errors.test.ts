import { describe, expect, it } from 'vitest';
import { AppError, toErrorResult } from '@/lib/errors';
import { CODE_MESSAGES, REASONS } from '@/lib/messages/errors';
import { localizeFailure, reasonMessage } from '@/lib/i18n/errors';
import { getTranslator } from '@/lib/i18n/translator';
import { readLocaleMessages, type Messages } from '@/lib/i18n/messages';

// An error a visitor meets on a German page reads German; English stays lib/messages/errors.ts word for word.
describe('error messages in the visitor language', () => {
  it('the English catalogue repeats lib/messages/errors.ts exactly', () => {
    const reasons = (readLocaleMessages('en').errors as Messages).reasons as Record<string, string>;
    const source: Record<string, string> = { ...CODE_MESSAGES };
    for (const [k, v] of Object.entries(REASONS)) source[k] = v.message;
    for (const [k, v] of Object.entries(reasons)) expect(v, k).toBe(source[k]);
  });

  it('a sign-in failure on a German page reads German, with the wait in German', () => {
    const err = new AppError('SIGN_IN_RATE_LIMITED', { wait: '5 minutes' });
    expect(localizeFailure(toErrorResult(err), err, 'de').error).toBe(
      'Zu viele Anmeldeversuche. Versuchen Sie es in 5 Minuten erneut.',
    );
    const wrong = new AppError('INVALID_CREDENTIALS');
    expect(localizeFailure(toErrorResult(wrong), wrong, 'de').error).toBe(
      'E-Mail-Adresse oder Passwort ist nicht korrekt.',
    );
    expect(localizeFailure(toErrorResult(wrong), wrong, 'en').error).toBe('Email or password is incorrect.');
  });

  it('a failed single sign-on reads German on /de/login, with its values', () => {
    const err = new AppError('SSO_NOT_A_MEMBER', { email: 'mia@globex.example', organization: 'Globex' });
    expect(reasonMessage('de', err.reason, err.params)).toBe(
      'mia@globex.example ist hier noch kein Mitglied von Globex. Bitten Sie eine Administratorin oder einen Administrator von Globex, Sie einzuladen, und melden Sie sich dann erneut an.',
    );
    expect(reasonMessage('de', 'OIDC_IDP_TIMEOUT', { seconds: 10 })).toContain('innerhalb von 10 Sekunden');
  });

  it('a refused sign-up or email-change link reads German', () => {
    expect(reasonMessage('de', 'SIGNUP_LINK_EXPIRED')).toMatch(/abgelaufen/);
    expect(reasonMessage('de', 'EMAIL_CHANGE_LINK_EXPIRED')).toMatch(/abgelaufen/);
    expect(reasonMessage('de', 'SIGNUP_DOMAIN_NOT_ALLOWED', { domains: 'acme.example' })).toContain('acme.example');
  });

  it('a reason German lacks keeps its English words', () => {
    expect(reasonMessage('de', 'WEBHOOK_NOT_FOUND')).toBeNull();
  });

  it('an auth page label reads German', () => {
    expect(getTranslator('de', 'auth.login')('heading')).toBe('Anmelden');
  });
});
