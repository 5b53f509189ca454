// The public abuse report, on a real database: validation, the honeypot, the per-address rate limit and
// the reference number the reporter is shown; each stored report leaves an audit event in the same
// transaction.
import { describe, expect, it } from 'vitest';
import { ABUSE_REFERENCE_PATTERN, newAbuseReference } from '@/lib/abuse/reference';
import { classifyEvidence, submitAbuseReport } from '@/lib/abuse/submit-abuse-report';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { POLICIES } from '@/lib/security/rate-limit';
import { ZAbuseReportSchema, type TAbuseReport } from '@/lib/validation/abuse';

const ctx = (ip: string): Ctx => ({ meta: { requestId: `req-${ip}`, ip, userAgent: 'vitest' }, session: null });

const HEADERS =
  'Received: from mta1.acme.example (203.0.113.7)\nFrom: "Your bank" <alerts@bank.example>\nSubject: Verify your account';

const valid = (over: Partial<TAbuseReport> = {}): TAbuseReport =>
  ZAbuseReportSchema.parse({
    category: 'phishing',
    evidence: HEADERS,
    description: 'A fake bank asked me to sign in.',
    ...over,
  });

describe('abuse reports', () => {
  it('stores a report with its reference number and records the audit event', async () => {
    const { reference } = await submitAbuseReport(ctx('198.51.100.1'), valid({ reporterEmail: 'me@example.org' }));
    expect(reference).toMatch(ABUSE_REFERENCE_PATTERN);
    const row = await db().abuseReport.findUniqueOrThrow({ where: { reference } });
    expect(row).toMatchObject({
      category: 'PHISHING',
      status: 'NEW',
      url: null,
      messageHeaders: HEADERS,
      description: 'A fake bank asked me to sign in.',
      reporterEmail: 'me@example.org',
      reporterIp: '198.51.100.1',
      requestId: 'req-198.51.100.1',
    });
    const audit = await db().auditEvent.findFirstOrThrow({
      where: { action: 'abuse.report.submitted', targetId: row.id },
    });
    expect(audit).toMatchObject({
      actorType: 'ANONYMOUS',
      targetLabel: reference,
      outcome: 'SUCCESS',
      ip: '198.51.100.1',
      organizationId: null,
    });
    // The reporter's address stays in the erasable report, never in the append-only log.
    expect(JSON.stringify({ ...audit, seq: String(audit.seq) })).not.toContain('me@example.org');
  });

  it('files a lone web address as the reported URL', async () => {
    const { reference } = await submitAbuseReport(
      ctx('198.51.100.2'),
      valid({ category: 'impersonation', evidence: '  https://acme-mail-login.example/verify?id=1  ' }),
    );
    expect(await db().abuseReport.findUniqueOrThrow({ where: { reference } })).toMatchObject({
      category: 'IMPERSONATION',
      url: 'https://acme-mail-login.example/verify?id=1',
      messageHeaders: null,
    });
    expect(classifyEvidence('see https://x.example and more')).toEqual({
      url: null,
      messageHeaders: 'see https://x.example and more',
    });
  });

  it('validates the form: category, evidence, description length, email; an empty email is no email', () => {
    const result = ZAbuseReportSchema.safeParse({
      category: 'cats',
      evidence: '  ',
      description: 'short',
      reporterEmail: 'not-an-email',
    });
    expect(result.success).toBe(false);
    const fields = Object.fromEntries(result.error!.issues.map((i) => [i.path.join('.'), i.message]));
    expect(fields).toEqual({
      category: 'Choose what kind of abuse you are reporting.',
      evidence: 'Paste the web address or the full headers of the message.',
      description: 'Describe what happened in a sentence or two (at least 10 characters).',
      reporterEmail: 'Enter a valid email address, like name@example.com.',
    });
    expect(
      ZAbuseReportSchema.parse({ category: 'spam', evidence: 'x', description: 'Ten chars!', reporterEmail: '' })
        .reporterEmail,
    ).toBeUndefined();
    expect(
      ZAbuseReportSchema.safeParse({ category: 'spam', evidence: 'x'.repeat(20_001), description: 'Ten chars!' })
        .success,
    ).toBe(false);
  });

  it('answers a filled-in honeypot like a success but stores nothing', async () => {
    const before = await db().abuseReport.count();
    const { reference } = await submitAbuseReport(ctx('198.51.100.3'), valid({ website: 'https://spam.example' }));
    expect(reference).toMatch(ABUSE_REFERENCE_PATTERN);
    expect(await db().abuseReport.count()).toBe(before);
    expect(await db().abuseReport.findUnique({ where: { reference } })).toBeNull();
  });

  it('limits reports per client address; other addresses are not affected', async () => {
    const ip = '198.51.100.4';
    for (let i = 0; i < POLICIES.abuseReportPerIp.points; i++) await submitAbuseReport(ctx(ip), valid());
    const refused = await submitAbuseReport(ctx(ip), valid()).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(
        /^You have sent several reports in a short time\. Please try again in \d+ minutes\.$/,
      ),
    });
    expect(await db().abuseReport.count({ where: { reporterIp: ip } })).toBe(POLICIES.abuseReportPerIp.points);
    await expect(submitAbuseReport(ctx('198.51.100.5'), valid())).resolves.toMatchObject({
      reference: expect.any(String),
    });
  });

  it('hands out reference numbers that are easy to read and do not repeat', () => {
    const refs = new Set(Array.from({ length: 2000 }, newAbuseReference));
    expect(refs.size).toBe(2000);
    for (const ref of refs) expect(ref).toMatch(ABUSE_REFERENCE_PATTERN);
    expect([...refs].join('')).not.toMatch(/[ILOU]/);
  });
});
