// Question normalisation for the answer matcher (issue 17): the frame a questionnaire wraps around a
// question — numbering, "Do you…", "Please describe…", "(Yes/No)" — is removed before matching.
import { describe, expect, it } from 'vitest';
import { normaliseQuestion } from '@/lib/answers/normalise';

describe('normaliseQuestion', () => {
  it.each([
    ['Do you encrypt data at rest?', 'encrypt data at rest'],
    ['Does your organization perform background checks?', 'perform background checks'],
    ['Does the vendor maintain a business continuity plan? (Yes/No)', 'a business continuity plan'],
    ['Please describe your incident response process.', 'your incident response process'],
    ['Please provide details of your backup strategy', 'your backup strategy'],
    ['Can you confirm that all data is hosted in the EU?', 'all data is hosted in the eu'],
    ['Is there a documented information security policy?', 'a documented information security policy'],
    ['Do you have a SOC 2 Type II report?', 'a soc 2 type ii report'],
    ['Describe how access is revoked for leavers', 'access is revoked for leavers'],
    ['A.1.2 Do you enforce MFA for admins?', 'enforce mfa for admins'],
    ['IAM-02.3 Are user access rights reviewed quarterly? [Y/N]', 'user access rights reviewed quarterly'],
    ['12) Is SSO supported?', 'sso supported'],
    ['Is data encrypted in transit?', 'data encrypted in transit'],
    ['Q7: Does the service provider use sub-processors ?', 'use sub-processors'],
    ['  Do   you  support   SAML?? ', 'support saml'],
    ['Gibt es eine Verschlüsselung für gespeicherte Daten?', 'gibt es eine verschlusselung fur gespeicherte daten'],
  ])('%s → %s', (question, expected) => {
    expect(normaliseQuestion(question)).toBe(expected);
  });

  it('keeps the words that carry meaning: "how long", "how often", "where"', () => {
    expect(normaliseQuestion('How long do you keep backups?')).toBe('how long do you keep backups');
    expect(normaliseQuestion('How often do you test disaster recovery?')).toBe(
      'how often do you test disaster recovery',
    );
    expect(normaliseQuestion('Where is our data stored?')).toBe('where is our data stored');
  });

  it('never turns a question into nothing, and SOC2 or 2FA are words, not numbering', () => {
    expect(normaliseQuestion('Please describe.')).not.toBe('');
    expect(normaliseQuestion('SOC2 report available?')).toBe('soc2 report available');
    expect(normaliseQuestion('2FA for all users?')).toBe('2fa for all users');
  });
});
