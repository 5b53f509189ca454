// Emails a visitor receives, in the language of the page they used: a German subscriber's confirmation
// and notices are German with German links; a language that is not configured falls back to the default.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { db } from '@/lib/db';
import { documentEmails } from '@/lib/documents/emails';
import { confirmNoticeSubscription } from '@/lib/subprocessors/notices/confirm-subscription';
import { dispatchPendingNotices } from '@/lib/subprocessors/notices/dispatch-notices';
import { requestNoticeSubscription } from '@/lib/subprocessors/notices/request-subscription';
import { anonymousCtx } from '@/tests/fixtures/factories';
import { confirmationToken, publishedChange } from '@/tests/fixtures/notices';

let ipSeq = 1;
const visitor = () => anonymousCtx({ ip: `203.0.113.${ipSeq++}` });
const saved = process.env.CONTENT_LOCALES;

beforeAll(() => {
  process.env.CONTENT_LOCALES = 'en,de';
  resetConfigForTests();
});
afterAll(() => {
  if (saved === undefined) delete process.env.CONTENT_LOCALES;
  else process.env.CONTENT_LOCALES = saved;
  resetConfigForTests();
});

describe('emails in the visitor’s language', () => {
  it('sends a German subscriber the confirmation in German, linking to the German confirmation page', async () => {
    const email = 'interessent@example.test';
    await requestNoticeSubscription(visitor(), { email, locale: 'de' });
    expect((await db().noticeSubscriber.findUniqueOrThrow({ where: { email } })).locale).toBe('de');
    const mail = await db().mailOutbox.findFirstOrThrow({
      where: { to: email, template: 'subprocessor-notice-confirm' },
    });
    expect(mail.subject).toBe(
      'Bitte bestätigen Sie Ihr Abonnement der Änderungsmitteilungen zu Unterauftragsverarbeitern von Acme Mail',
    );
    expect(mail.text).toContain('Guten Tag,');
    expect(mail.text).toContain('Der Link ist 48 Stunden gültig.');
    expect(mail.text).toMatch(/Abonnement bestätigen: http:\/\/[^/]+\/de\/subprocessors\/subscribe\/confirm\?token=/);
    expect(mail.html).toContain('>Abonnement bestätigen</a>');
    expect(mail.text).not.toMatch(/Confirm subscription|Hello/);
  });

  it('sends the notices in German too, with German dates and links', async () => {
    const email = 'dpo@beispiel.test';
    await requestNoticeSubscription(visitor(), { email, locale: 'de' });
    await confirmNoticeSubscription(visitor(), { token: await confirmationToken(email) });
    const change = await publishedChange({ summary: 'VectorBay Analytics kommt hinzu' });
    await dispatchPendingNotices();
    const mail = await db().mailOutbox.findFirstOrThrow({ where: { to: email, template: 'subprocessor-notice' } });
    expect(mail.subject).toBe(
      `Änderungsmitteilung Nr. ${change.number} zu Unterauftragsverarbeitern: VectorBay Analytics kommt hinzu`,
    );
    const effective = new Intl.DateTimeFormat('de', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(change.effectiveDate);
    expect(mail.text).toContain(`Wirksam ab: ${effective}.`);
    expect(mail.text).toMatch(new RegExp(`/de/subprocessors/notices/${change.number}`));
    expect(mail.text).toMatch(/Abbestellen: http:\/\/[^/]+\/de\/subprocessors\/unsubscribe\?/);
  });

  it('keeps only a configured language: an unknown one gets the default language', async () => {
    const email = 'prospect-fr@example.test';
    await requestNoticeSubscription(visitor(), { email, locale: 'fr' });
    expect((await db().noticeSubscriber.findUniqueOrThrow({ where: { email } })).locale).toBe('en');
    const mail = await db().mailOutbox.findFirstOrThrow({
      where: { to: email, template: 'subprocessor-notice-confirm' },
    });
    expect(mail.subject).toBe('Confirm your subscription to Acme Mail sub-processor change notices');
    expect(mail.text).toMatch(/http:\/\/[^/]+\/subprocessors\/subscribe\/confirm\?token=/);
  });

  it('writes the document access emails in the requester’s language', () => {
    const granted = documentEmails.granted({
      brand: 'Acme Mail',
      name: 'Dana Weber',
      url: 'https://trust.example/de/documents/access?token=x',
      expires: '21. November 2026',
      documents: ['SOC-2-Typ-II-Bericht'],
      locale: 'de',
    });
    expect(granted.subject).toBe('Ihr Zugang zu den Dokumenten von Acme Mail');
    expect(granted.text).toContain('Guten Tag Dana Weber,');
    expect(granted.text).toContain('Dokumente öffnen: https://trust.example/de/documents/access?token=x');
    expect(
      documentEmails.granted({ ...granted, brand: 'Acme Mail', name: 'Dana', url: 'u', expires: 'x', documents: [] })
        .subject,
    ).toBe('Your access to Acme Mail documents');
  });
});
