import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishLeftIn, isMessageGroup, keyUses, schemaMessages } from '@/tests/support/catalogue-scan';
import { AppError, toErrorResult } from '@/lib/errors';
import { FIELD_MESSAGES } from '@/lib/messages/errors';
import { fieldErrorIn, localizeFailure } from '@/lib/i18n/errors';
import { keyPaths, readLocaleMessages, type Messages } from '@/lib/i18n/messages';
import { ZPasswordSignInSchema } from '@/lib/validation/auth';

// Issue 18: "the sign-in pages … through one message catalogue per language". The sign-in screens (sign-in,
// second factor, passkeys, 2FA enrolment, sign-up, first-run setup, invitation, email change, suspension, IP refusal) keep
// no user-visible English in code, every key they ask for exists, and the texts their forms show beside a
// field (zod schemas, FIELD_MESSAGES) are in the catalogue, so /de/login answers a wrong field in German.

const root = process.cwd();

function walk(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) return walk(rel);
    return /\.tsx?$/.test(e.name) ? [rel] : [];
  });
}

/** The sign-in screens: their routes, their own folders, and the components they use from other folders. */
const AUTH_SCREENS = [
  ...walk('app/(auth)'),
  ...walk('components/auth'),
  ...walk('components/signup'),
  ...walk('components/setup'),
  'components/mfa/second-factor-step.tsx',
  'components/mfa/passkey-sign-in.tsx',
  'components/mfa/totp-code-field.tsx',
  'components/mfa/field-alert.tsx',
  'components/mfa/enrolment-guide.tsx',
  'components/mfa/enrolment-guide-client.tsx',
  'components/users/accept-invitation-form.tsx',
  'components/account/confirm-email-change-form.tsx',
  'components/ip-access/ip-refused.tsx',
];

/**
 * The schemas of the forms a visitor fills in without an account (sign-in, second factor, reset, sign-up,
 * invitation, documents' request, notices' subscription, abuse report, questions), by file.
 */
const PUBLIC_SCHEMAS: [string, string[]][] = [
  [
    'lib/validation/auth.ts',
    ['ZPasswordSignInFormSchema', 'ZRequestResetSchema', 'ZResetPasswordSchema', 'ZReauthSchema'],
  ],
  ['lib/validation/mfa.ts', ['ZSecondFactorSchema', 'ZSecondFactorFormSchema', 'ZTicketSchema']],
  [
    'lib/validation/signup.ts',
    ['ZSignupRequestSchema', 'ZSignupTokenSchema', 'ZCompleteSignupSchema', 'ZEmailChangeTokenSchema'],
  ],
  ['lib/validation/users.ts', ['ZAcceptInvitationNewAccountSchema', 'ZInvitationTokenSchema']],
  ['lib/validation/documents.ts', ['ZAccessRequestSchema', 'ZViewerLinkSchema']],
  ['lib/validation/notices.ts', ['ZNoticeSubscribeSchema', 'ZConfirmSubscriptionSchema', 'ZUnsubscribeSchema']],
  ['lib/validation/abuse.ts', ['ZAbuseReportSchema']],
  ['lib/validation/answers.ts', ['ZAskSchema']],
];

/** Schema texts no person reads: a WebAuthn response's shape (the browser sends it, not a form). */
const MACHINE_TEXTS = new Set(['Not base64url.']);

/** The texts built from a template in the schemas (linkToken('sign-up'), password-policy's lengths). */
const TEMPLATE_TEXTS = [
  'This sign-up link is incomplete. Open the link from the email again.',
  'This sign-up link is not valid.',
  'This confirmation link is incomplete. Open the link from the email again.',
  'This confirmation link is not valid.',
  'Use at least 12 characters (this one has 5).',
  'Use at most 1024 characters.',
  'Do not use the product name (Acme Mail) in your password.',
];

/** FIELD_MESSAGES a visitor can meet on those forms (the others are the consoles'). */
const PUBLIC_FIELD_MESSAGES = [
  'ACCOUNT_EXISTS',
  'DOCUMENTS_UNAVAILABLE',
  'INVITATION_LINK_INVALID',
  'NAME_REQUIRED',
  'NDA_CHANGED',
  'PASSWORD_WRONG',
  'RECOVERY_CODE_INVALID',
  'RESET_LINK_INVALID',
  'TOTP_CODE_INVALID',
  'VIEWER_SSO_NO_CONNECTION',
  'VIEWER_SSO_NOT_OFFERED',
] as const;

const english = readLocaleMessages('en');
const englishKeys = new Set(keyPaths(english));
const fields = (english.errors as Messages).fields as Record<string, string>;

describe('sign-in screens in the catalogue (issue 18)', () => {
  it('covers the sign-in screens', () => {
    expect(AUTH_SCREENS.length).toBeGreaterThan(35);
  });

  it('every key a sign-in screen asks for is one message in messages/en', () => {
    const wrong = AUTH_SCREENS.flatMap((file) =>
      keyUses(root, file)
        .filter((u) =>
          u.key ? !englishKeys.has(u.key) : u.prefix ? !isMessageGroup(english, u.prefix) : Boolean(u.problem),
        )
        .map((u) => `${file}:${u.line} ${u.key ?? u.prefix ?? u.problem}`),
    );
    expect(wrong).toEqual([]);
  });

  it('no sign-in screen keeps user-visible English in code', () => {
    expect(AUTH_SCREENS.flatMap((file) => englishLeftIn(root, file))).toEqual([]);
  });

  it('every text a public or sign-in form shows beside a field is in errors.fields, in German too', () => {
    const texts = [
      ...PUBLIC_SCHEMAS.flatMap(([file, roots]) => schemaMessages(root, file, roots)),
      ...TEMPLATE_TEXTS,
      ...PUBLIC_FIELD_MESSAGES.map((key) => FIELD_MESSAGES[key]),
    ].filter((text) => !MACHINE_TEXTS.has(text));
    expect(texts.length).toBeGreaterThan(50);
    const untranslated = [...new Set(texts)].filter((text) => fieldErrorIn('de', text) === text);
    expect(untranslated).toEqual([]);
    for (const text of texts) expect(fieldErrorIn('en', text)).toBe(text);
  });

  it('FIELD_MESSAGES keep their key and words in errors.fields', () => {
    for (const key of PUBLIC_FIELD_MESSAGES) expect(fields[key], key).toBe(FIELD_MESSAGES[key]);
  });

  it('a wrong sign-in field on a German page reads German, values kept', () => {
    const parsed = ZPasswordSignInSchema.safeParse({ email: 'not-an-address', password: '' });
    expect(parsed.success).toBe(false);
    const fieldErrors: Record<string, string[]> = {};
    for (const issue of parsed.error!.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
    const err = new AppError('VALIDATION', undefined, fieldErrors);
    const failure = localizeFailure(toErrorResult(err), err, 'de');
    expect(failure.fieldErrors?.email).toEqual([
      'Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example.com.',
    ]);
    expect(failure.fieldErrors?.password).toEqual(['Geben Sie Ihr Passwort ein.']);
    expect(fieldErrorIn('de', 'Use at most 80 characters.')).toBe('Verwenden Sie höchstens 80 Zeichen.');
    expect(
      fieldErrorIn(
        'de',
        'Single sign-on is not set up for globex.example. Request the documents to get a confirmation link by email instead.',
      ),
    ).toContain('Für globex.example ist kein Single Sign-on eingerichtet.');
    // English pages, and texts the catalogue does not know, are left as they are.
    expect(localizeFailure(toErrorResult(err), err, 'en').fieldErrors).toEqual(fieldErrors);
    expect(fieldErrorIn('de', 'Something new.')).toBe('Something new.');
  });
});
