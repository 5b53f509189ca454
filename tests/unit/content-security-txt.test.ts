// /.well-known/security.txt (RFC 9116) is built from configuration alone.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '@/lib/config';
import { securityTxt } from '@/lib/content/security-txt';

const NOW = Date.parse('2026-11-21T12:00:00Z');

describe('security.txt', () => {
  it('has the required Contact and Expires (180 days ahead by default), languages and its canonical URL', () => {
    const text = securityTxt(parseConfig({ APP_URL: 'https://trust.example.com' }), NOW);
    expect(text).toBe(
      'Contact: mailto:security@acme.example\n' +
        'Expires: 2027-05-20T12:00:00Z\n' +
        'Preferred-Languages: en\n' +
        'Canonical: https://trust.example.com/.well-known/security.txt\n',
    );
  });

  it('adds the optional fields that are configured, and keeps an https contact as it is', () => {
    const config = parseConfig({
      APP_URL: 'https://trust.example.com',
      SECURITY_CONTACT: 'https://trust.example.com/report',
      SECURITY_TXT_EXPIRES: '2027-06-30T00:00:00Z',
      SECURITY_TXT_POLICY: 'https://trust.example.com/policy',
      SECURITY_TXT_ENCRYPTION: 'https://trust.example.com/pgp.txt',
      SECURITY_TXT_ACKNOWLEDGMENTS: 'https://trust.example.com/thanks',
      SECURITY_TXT_LANGUAGES: 'en, de',
    });
    expect(securityTxt(config, NOW).split('\n')).toEqual([
      'Contact: https://trust.example.com/report',
      'Expires: 2027-06-30T00:00:00Z',
      'Encryption: https://trust.example.com/pgp.txt',
      'Acknowledgments: https://trust.example.com/thanks',
      'Preferred-Languages: en, de',
      'Canonical: https://trust.example.com/.well-known/security.txt',
      'Policy: https://trust.example.com/policy',
      '',
    ]);
  });

  it('refuses a malformed expiry date at start-up, naming the variable', () => {
    expect(() => parseConfig({ SECURITY_TXT_EXPIRES: 'next year' })).toThrow(
      /SECURITY_TXT_EXPIRES: must be a date and time/,
    );
  });
});
