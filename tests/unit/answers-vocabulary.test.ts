// The security vocabulary of the answer matcher (issue 17): synonyms and abbreviations meet on one
// canonical term on both sides, whatever word form the question uses.
import { describe, expect, it } from 'vitest';
import { buildAnswerMatcher, questionTerms, termsOf, type AnswerCandidate } from '@/lib/answers/match';
import { stem } from '@/lib/answers/stem';
import { canonicalise, expansionsOf, VOCABULARY } from '@/lib/answers/vocabulary';

const entry = (slug: string, question: string, text: string, alternatives: string[] = []): AnswerCandidate => ({
  id: `entry:${slug}`,
  kind: 'entry',
  question,
  alternatives,
  text,
  visibility: 'public',
});

describe('canonical terms', () => {
  it.each([
    ['mfa', ['2FA', 'two-factor authentication', 'Multi-Factor Authentication', 'two-step verification', 'MFA']],
    ['sso', ['single sign-on', 'SAML 2.0', 'SSO', 'OpenID Connect']],
    ['encryptrest', ['at rest', 'encrypted at rest', 'storage encryption', 'full-disk encryption']],
    ['encrypttransit', ['in transit', 'in motion', 'encryption in transit']],
    ['pentest', ['pen test', 'penetration testing', 'pentests', 'penetration tests']],
    ['bcp', ['BCP', 'business continuity plan', 'business continuity management']],
    ['disasterrecovery', ['DR', 'disaster recovery', 'failover testing']],
    ['soc2', ['SOC 2', 'SOC2', 'SOC 2 Type II', 'SSAE 18']],
    ['iso27001', ['ISO 27001', 'ISO/IEC 27001:2022', 'ISMS']],
    ['rpo', ['RPO', 'recovery point objective']],
    ['rto', ['RTO', 'recovery time objectives']],
    ['dpa', ['DPA', 'data processing agreement', 'Data Processing Addendum']],
    ['gdpr', ['GDPR', 'General Data Protection Regulation']],
    ['subprocessor', ['sub-processor', 'subprocessors', 'sub-contractors']],
    ['thirdparty', ['third party', 'third-parties', 'suppliers']],
    ['siem', ['SIEM', 'centralised logging', 'log management']],
    ['incidentresponse', ['IR', 'incident response plan', 'incident management']],
    ['vulnerability', ['vuln', 'vulns', 'vulnerabilities']],
    ['sdlc', ['SDLC', 'secure development lifecycle', 'secure coding']],
    ['backgroundcheck', ['background checks', 'HR screening', 'pre-employment screening', 'vetting']],
    ['lockout', ['locked out', 'locking themselves out', 'lockout']],
  ])('%s ← %j', (canonical, phrases) => {
    for (const phrase of phrases) expect(canonicalise(phrase).split(' '), phrase).toContain(canonical);
  });

  it('prefers the longest phrase: "soc 2 type ii" is one term, "security incident response" another', () => {
    expect(canonicalise('our SOC 2 Type II report')).toBe('our soc2 report');
    expect(termsOf('Security incident response')).toEqual(['incidentresponse']);
  });

  it('stems both sides, so word forms meet', () => {
    expect(stem('encrypted')).toBe(stem('encryption'));
    expect(stem('encrypts')).toBe(stem('encrypting'));
    expect(stem('backups')).toBe('backup');
    expect(stem('policies')).toBe('policy');
    expect(stem('logging')).toBe(stem('logs'));
    expect(stem('notified')).toBe(stem('notification'));
  });

  it('drops the words that only frame a question', () => {
    expect(questionTerms('Does your organization please describe whether you encrypt backups?')).toEqual([
      stem('encrypt'),
      'backup',
    ]);
  });

  it('expands a concept to related ones, never to itself', () => {
    expect(expansionsOf(['sso'])).toEqual(expect.arrayContaining(['scim']));
    expect(expansionsOf(['sso', 'scim'])).not.toContain('scim');
    expect(expansionsOf(['unrelated'])).toEqual([]);
  });

  it('every canonical token is a single token and no variant is claimed twice', () => {
    const seen = new Map<string, string>();
    for (const g of VOCABULARY) {
      expect(g.canonical).toMatch(/^[a-z0-9]+$/);
      for (const v of g.variants) {
        const key = v.split(' ').map(stem).join(' ');
        const other = seen.get(key);
        expect(other === undefined || other === g.canonical, `"${v}" is in ${other} and ${g.canonical}`).toBe(true);
        seen.set(key, g.canonical);
      }
    }
  });
});

describe('synonyms in matching', () => {
  const matcher = buildAnswerMatcher([
    entry(
      'mfa',
      'Is multi-factor authentication available?',
      'Every user can enrol passkeys, security keys or an authenticator app.',
    ),
    entry('sso', 'Do you support single sign-on?', 'SAML 2.0 and OpenID Connect on the Enterprise plan.'),
    entry('pentest', 'Do you commission penetration tests?', 'An independent firm tests the platform every year.'),
    entry('backups', 'How are backups protected?', 'Backups are encrypted and copied off-site every day.'),
    entry('bcp', 'Do you have a business continuity plan?', 'Our continuity plan is certified to ISO 22301.'),
  ]);
  const top = (q: string) => matcher.match(q).matches[0]?.candidate.id;

  it('a question saying "2FA" finds the MFA entry', () => {
    expect(top('Do you support 2FA?')).toBe('entry:mfa');
    expect(top('Is two-step verification offered to users?')).toBe('entry:mfa');
  });

  it('SAML finds single sign-on, a pen test finds penetration testing, BCP finds business continuity', () => {
    expect(top('Can users log in with SAML?')).toBe('entry:sso');
    expect(top('When was your last pen test?')).toBe('entry:pentest');
    expect(top('Please provide your BCP.')).toBe('entry:bcp');
    expect(top('Are back-ups encrypted?')).toBe('entry:backups');
  });
});
