// Document viewers' work-account rules (lib/documents/work-account.ts) and their configuration (VIEWER_*).
import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '@/lib/config';
import {
  checkConnectionDomain,
  checkGoogleWorkAccount,
  checkMicrosoftWorkAccount,
  MICROSOFT_CONSUMER_TENANT,
} from '@/lib/documents/work-account';

const TENANT = '6f1a7c1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b';
const OTHER = '0a0b0c0d-1111-2222-3333-444455556666';
const MULTI = 'https://login.microsoftonline.com/{tenantid}/v2.0';
const iss = (tid: string) => `https://login.microsoftonline.com/${tid}/v2.0`;

describe('Google', () => {
  it('a Workspace account (hd) passes; a consumer account is personal', () => {
    expect(checkGoogleWorkAccount({ hd: 'globex.com' })).toEqual({ ok: true });
    expect(checkGoogleWorkAccount({})).toMatchObject({ ok: false, reason: 'VIEWER_SSO_PERSONAL_ACCOUNT' });
    expect(checkGoogleWorkAccount({ hd: ' ' })).toMatchObject({ ok: false });
    expect(checkGoogleWorkAccount({ hd: true })).toMatchObject({ ok: false });
  });
});

describe('Microsoft', () => {
  const organizations = { metadataIssuer: MULTI, tenant: 'organizations' };

  it('[R25] the multi-tenant issuer is checked against the token’s own tid, not skipped', () => {
    expect(checkMicrosoftWorkAccount({ tid: TENANT, iss: iss(TENANT) }, organizations)).toEqual({ ok: true });
    // A token whose issuer names another tenant than its tid.
    expect(checkMicrosoftWorkAccount({ tid: TENANT, iss: iss(OTHER) }, organizations)).toMatchObject({
      ok: false,
      reason: 'VIEWER_SSO_REFUSED',
    });
    // The template itself, or another host, is no issuer.
    expect(checkMicrosoftWorkAccount({ tid: TENANT, iss: MULTI }, organizations)).toMatchObject({ ok: false });
    expect(
      checkMicrosoftWorkAccount({ tid: TENANT, iss: `https://evil.example/${TENANT}/v2.0` }, organizations),
    ).toMatchObject({ ok: false });
    expect(checkMicrosoftWorkAccount({ iss: iss(TENANT) }, organizations)).toMatchObject({ ok: false });
  });

  it('[R25] the consumer tenant (personal Microsoft accounts) is refused', () => {
    expect(
      checkMicrosoftWorkAccount(
        { tid: MICROSOFT_CONSUMER_TENANT, iss: iss(MICROSOFT_CONSUMER_TENANT) },
        { metadataIssuer: MULTI, tenant: 'common' },
      ),
    ).toMatchObject({ ok: false, reason: 'VIEWER_SSO_PERSONAL_ACCOUNT' });
  });

  it('an app for one tenant accepts that tenant only', () => {
    const single = { metadataIssuer: iss(TENANT), tenant: TENANT };
    expect(checkMicrosoftWorkAccount({ tid: TENANT, iss: iss(TENANT) }, single)).toEqual({ ok: true });
    expect(checkMicrosoftWorkAccount({ tid: OTHER, iss: iss(TENANT) }, single)).toMatchObject({ ok: false });
  });
});

describe('customer connections', () => {
  it('vouch only for the domains their organization proved', () => {
    expect(checkConnectionDomain('ivy@Initech.test', ['initech.test'])).toEqual({ ok: true });
    expect(checkConnectionDomain('ivy@elsewhere.test', ['initech.test'])).toMatchObject({
      ok: false,
      reason: 'VIEWER_SSO_EMAIL_MISMATCH',
    });
  });
});

describe('configuration (VIEWER_*)', () => {
  it('no variables: no providers, the form stays the emailed-link form', () => {
    expect(parseConfig({}).viewerProviders).toEqual([]);
  });

  it('Google and Microsoft with their default issuers and tenant', () => {
    const providers = parseConfig({
      VIEWER_GOOGLE_CLIENT_ID: 'g',
      VIEWER_GOOGLE_CLIENT_SECRET: 'gs',
      VIEWER_MICROSOFT_CLIENT_ID: 'm',
      VIEWER_MICROSOFT_CLIENT_SECRET: 'ms',
    }).viewerProviders;
    expect(providers).toEqual([
      expect.objectContaining({ key: 'google', issuer: 'https://accounts.google.com' }),
      expect.objectContaining({
        key: 'microsoft',
        issuer: 'https://login.microsoftonline.com/organizations/v2.0',
        tenant: 'organizations',
      }),
    ]);
  });

  it('a half-set pair and the consumer tenant are refused, naming the variable', () => {
    expect(() => parseConfig({ VIEWER_GOOGLE_CLIENT_ID: 'g' })).toThrow(ConfigError);
    expect(() => parseConfig({ VIEWER_GOOGLE_CLIENT_ID: 'g' })).toThrow(/VIEWER_GOOGLE_CLIENT_SECRET/);
    expect(() =>
      parseConfig({
        VIEWER_MICROSOFT_CLIENT_ID: 'm',
        VIEWER_MICROSOFT_CLIENT_SECRET: 'ms',
        VIEWER_MICROSOFT_TENANT: MICROSOFT_CONSUMER_TENANT,
      }),
    ).toThrow(/VIEWER_MICROSOFT_TENANT.*consumer tenant/);
  });
});
