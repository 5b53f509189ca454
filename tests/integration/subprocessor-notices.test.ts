// Sub-processor change notices by email, on a real database: double opt-in (nothing is sent before the
// subscriber confirms), the confirmation link's expiry, unsubscribing from the link and by RFC 8058
// one-click, the notice email's content, and exactly-once fan-out across a crash and concurrent runs.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { messageIdOf } from '@/lib/mail/deliver';
import { POLICIES } from '@/lib/security/rate-limit';
import { confirmNoticeSubscription } from '@/lib/subprocessors/notices/confirm-subscription';
import { dispatchPendingNotices, mailDedupeKey } from '@/lib/subprocessors/notices/dispatch-notices';
import { requestNoticeSubscription } from '@/lib/subprocessors/notices/request-subscription';
import { unsubscribeFromNotices } from '@/lib/subprocessors/notices/unsubscribe';
import { unsubscribeToken } from '@/lib/subprocessors/notices/unsubscribe-link';
import { GET as atomFeed } from '@/app/(trust)/subprocessors/notices.atom/route';
import { GET as jsonFeed } from '@/app/(trust)/subprocessors/notices.json/route';
import { POST as oneClickUnsubscribe } from '@/app/(trust)/subprocessors/unsubscribe/one-click/route';
import { createSubprocessorChangeDraft } from '@/lib/subprocessors/create-change-draft';
import { addDays, todayUtc } from '@/lib/subprocessors/diff';
import { publishSubprocessorChange } from '@/lib/subprocessors/publish-change';
import { anonymousCtx, createOrganization, createUser } from '@/tests/fixtures/factories';
import { confirmationToken, confirmedSubscribers, publishedChange } from '@/tests/fixtures/notices';
import { failure, liveCtx } from '@/tests/fixtures/users';

let ipSeq = 1;
const visitor = () => anonymousCtx({ ip: `198.51.100.${ipSeq++}` });
const noticeMails = (to: string) => db().mailOutbox.findMany({ where: { to, template: 'subprocessor-notice' } });

async function subscribe(email: string) {
  await requestNoticeSubscription(visitor(), { email });
  return confirmationToken(email);
}

describe('subscriptions (double opt-in)', () => {
  it('sends nothing but the confirmation until the subscriber confirms', async () => {
    const email = 'pending-prospect@example.test';
    const token = await subscribe(email);
    const sub = await db().noticeSubscriber.findUniqueOrThrow({ where: { email } });
    expect(sub.status).toBe('PENDING');
    // The token is stored only as a hash.
    expect(sub.confirmTokenHash).not.toContain(token);

    await publishedChange();
    await dispatchPendingNotices();
    expect(await noticeMails(email)).toHaveLength(0);

    await confirmNoticeSubscription(visitor(), { token });
    expect((await db().noticeSubscriber.findUniqueOrThrow({ where: { email } })).status).toBe('CONFIRMED');
    const change = await publishedChange({ summary: 'Second change after confirming' });
    await dispatchPendingNotices();
    const mails = await noticeMails(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]!.subject).toContain(`#${change.number}`);
  });

  it('answers the same for a new and an already confirmed address, and emails only the new one', async () => {
    const [confirmed] = await confirmedSubscribers(1, 'known');
    const before = await db().mailOutbox.count({ where: { to: confirmed!.email } });
    const a = await requestNoticeSubscription(visitor(), { email: confirmed!.email });
    const b = await requestNoticeSubscription(visitor(), { email: 'brand-new@example.test' });
    expect(Object.keys(a)).toEqual(Object.keys(b));
    expect(await db().mailOutbox.count({ where: { to: confirmed!.email } })).toBe(before);
    expect(
      await db().mailOutbox.count({ where: { to: 'brand-new@example.test', template: 'subprocessor-notice-confirm' } }),
    ).toBe(1);
    expect((await db().noticeSubscriber.findUniqueOrThrow({ where: { email: confirmed!.email } })).status).toBe(
      'CONFIRMED',
    );
  });

  it('refuses an invalid, a reused and an expired confirmation link with a clear message', async () => {
    expect((await failure(confirmNoticeSubscription(visitor(), { token: 'x'.repeat(43) }))).message).toMatch(
      /not valid/,
    );

    const token = await subscribe('reuse@example.test');
    await confirmNoticeSubscription(visitor(), { token });
    expect((await failure(confirmNoticeSubscription(visitor(), { token }))).message).toMatch(
      /not valid or was already used/,
    );

    const late = await subscribe('late@example.test');
    await db().noticeSubscriber.update({
      where: { email: 'late@example.test' },
      data: { confirmExpiresAt: new Date(Date.now() - 1000) },
    });
    const err = await failure(confirmNoticeSubscription(visitor(), { token: late }));
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/expired/);
    expect((await db().noticeSubscriber.findUniqueOrThrow({ where: { email: 'late@example.test' } })).status).toBe(
      'PENDING',
    );
  });

  it('limits subscription requests per address, and confirmation emails per subscribed address', async () => {
    const ctx = anonymousCtx({ ip: '192.0.2.77' });
    for (let i = 0; i < POLICIES.noticeSubscribePerIp.points; i++)
      await requestNoticeSubscription(ctx, { email: `flood-${i}@example.test` });
    const err = await failure(requestNoticeSubscription(ctx, { email: 'one-more@example.test' }));
    expect(err.code).toBe('RATE_LIMITED');
    expect(err.message).toMatch(/try again in \d+ minutes?/);

    // Asking again and again for the same address sends a few emails, then answers the same but sends none.
    for (let i = 0; i < POLICIES.noticeConfirmationPerEmail.points + 2; i++)
      await requestNoticeSubscription(visitor(), { email: 'victim@example.test' });
    expect(await db().mailOutbox.count({ where: { to: 'victim@example.test' } })).toBe(
      POLICIES.noticeConfirmationPerEmail.points,
    );
  });

  it('records subscription events in the global chain without the address', async () => {
    await subscribe('audited@example.test');
    const sub = await db().noticeSubscriber.findUniqueOrThrow({ where: { email: 'audited@example.test' } });
    const events = await db().auditEvent.findMany({ where: { targetId: sub.id } });
    expect(events.map((e) => [e.action, e.organizationId, e.actorType])).toEqual([
      ['subprocessor.subscription.requested', null, 'ANONYMOUS'],
    ]);
    expect(JSON.stringify(events, (_k, v) => (typeof v === 'bigint' ? String(v) : v))).not.toContain(
      'audited@example.test',
    );
  });
});

describe('the notice email', () => {
  it('carries the diff, the dates, how to object, an unsubscribe link and List-Unsubscribe headers', async () => {
    const [sub] = await confirmedSubscribers(1, 'reader');
    const change = await publishedChange({ summary: 'Adding VectorBay Analytics' });
    await dispatchPendingNotices();
    const [mail] = await noticeMails(sub!.email);
    expect(mail!.subject).toBe(`Sub-processor change notice #${change.number}: Adding VectorBay Analytics`);
    for (const body of [mail!.text, mail!.html]) {
      expect(body).toContain('Added');
      expect(body).toContain('VectorBay Analytics GmbH');
      expect(body).toContain('Changed');
      expect(body).toContain('Locations: Ireland (IE) → Ireland (IE), Netherlands (NL)');
      expect(body).toMatch(/Effective date: \d{1,2} \w+ \d{4}/);
      expect(body).toContain(`/subprocessors/notices/${change.number}`);
    }
    expect(mail!.text).toMatch(/may object to this change until/);
    expect(mail!.text).toContain(`/subprocessors/unsubscribe?subscriber=${sub!.id}&token=`);
    expect(mail!.html).toContain(`/subprocessors/unsubscribe?subscriber=${sub!.id}&amp;token=`);
    expect(mail!.headers).toMatchObject({
      'List-Unsubscribe': expect.stringMatching(
        new RegExp(`^<http.+/subprocessors/unsubscribe/one-click\\?subscriber=${sub!.id}&token=.+>$`),
      ),
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    expect(mail!.dedupeKey).toBe(mailDedupeKey(change.id, sub!.id));
    expect(messageIdOf(mail!)).toBe(`<notice.${change.id}.${sub!.id}@localhost>`);
  });
});

describe('publishing through the register', () => {
  it('a change published by staff reaches confirmed subscribers with the diff the register computed', async () => {
    await dispatchPendingNotices();
    const vendor = await createOrganization('Vendor Co', 'VENDOR');
    const editor = await liveCtx(await createUser({ organizationId: vendor.id, role: 'compliance_editor' }), vendor);
    const [sub] = await confirmedSubscribers(1, 'register');
    const effectiveDate = addDays(todayUtc(), 30);
    const draft = await createSubprocessorChangeDraft(editor, {
      summary: 'Adding Parcelwise for bounce processing',
      effectiveDate,
      operations: [
        {
          op: 'add',
          slug: 'parcelwise',
          fields: {
            legalName: 'Parcelwise B.V.',
            purpose: 'Bounce processing',
            dataCategories: ['Email metadata'],
            dataSubjects: ['Message recipients'],
            locations: ['NL'],
            transferMechanism: 'NONE_NEEDED',
            sccModule: null,
            website: 'https://parcelwise.example',
            privacyUrl: 'https://parcelwise.example/dpa',
          },
        },
      ],
    });
    const published = await publishSubprocessorChange(editor, { changeId: draft.id, expectedVersion: draft.version });
    await dispatchPendingNotices();
    const [mail] = await noticeMails(sub!.email);
    expect(mail!.subject).toBe(
      `Sub-processor change notice #${published.number}: Adding Parcelwise for bounce processing`,
    );
    expect(mail!.text).toContain('Added:\n- Parcelwise B.V.');
    expect(mail!.text).toContain('Locations: Netherlands (NL)');
  });
});

describe('unsubscribing', () => {
  it('works from the link in the email, and again without harm', async () => {
    const [sub] = await confirmedSubscribers(1, 'leaver');
    await unsubscribeFromNotices(visitor(), { subscriber: sub!.id, token: unsubscribeToken(sub!.id) });
    await unsubscribeFromNotices(visitor(), { subscriber: sub!.id, token: unsubscribeToken(sub!.id) });
    expect((await db().noticeSubscriber.findUniqueOrThrow({ where: { id: sub!.id } })).status).toBe('UNSUBSCRIBED');
    expect(
      await db().auditEvent.count({ where: { targetId: sub!.id, action: 'subprocessor.subscription.cancelled' } }),
    ).toBe(1);
    await publishedChange();
    await dispatchPendingNotices();
    expect(await noticeMails(sub!.email)).toHaveLength(0);
  });

  it('refuses a forged link', async () => {
    const [sub, other] = await confirmedSubscribers(2, 'forged');
    const err = await failure(
      unsubscribeFromNotices(visitor(), { subscriber: sub!.id, token: unsubscribeToken(other!.id) }),
    );
    expect(err).toBeInstanceOf(AppError);
    expect((await db().noticeSubscriber.findUniqueOrThrow({ where: { id: sub!.id } })).status).toBe('CONFIRMED');
  });

  it('works by RFC 8058 one-click POST to the List-Unsubscribe address, and drops notices not yet sent', async () => {
    const [sub] = await confirmedSubscribers(1, 'oneclick');
    await publishedChange();
    await dispatchPendingNotices();
    const [mail] = await noticeMails(sub!.email);
    const target = /^<(.+)>$/.exec((mail!.headers as Record<string, string>)['List-Unsubscribe']!)![1]!;
    const res = await oneClickUnsubscribe(
      new Request(target, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      }),
    );
    expect(res.status).toBe(200);
    expect((await db().noticeSubscriber.findUniqueOrThrow({ where: { id: sub!.id } })).status).toBe('UNSUBSCRIBED');
    expect((await db().mailOutbox.findUniqueOrThrow({ where: { id: mail!.id } })).status).toBe('FAILED');

    const bad = await oneClickUnsubscribe(
      new Request(target.replace(/token=[^&]+/, 'token=' + 'A'.repeat(43)), {
        method: 'POST',
        body: 'List-Unsubscribe=One-Click',
      }),
    );
    expect(bad.status).toBe(400);
  });
});

describe('exactly-once fan-out', () => {
  it('after a crash in the middle of a send batch, the next run completes: one email per subscriber', async () => {
    // Earlier tests' notices are dispatched; this one is the only pending notice.
    await dispatchPendingNotices();
    const subs = await confirmedSubscribers(7, 'crash');
    const change = await publishedChange({ summary: 'Crash test' });
    let batches = 0;
    await expect(
      dispatchPendingNotices({
        batchSize: 3,
        afterBatch: () => {
          if (++batches === 1) throw new Error('simulated crash after the first batch');
        },
      }),
    ).rejects.toThrow('simulated crash');
    expect(await db().noticeDelivery.count({ where: { changeId: change.id } })).toBe(3);
    expect(
      (await db().subprocessorChange.findUniqueOrThrow({ where: { id: change.id } })).noticesDispatchedAt,
    ).toBeNull();

    await dispatchPendingNotices({ batchSize: 3 });
    await dispatchPendingNotices({ batchSize: 3 });
    for (const sub of subs) {
      expect(
        await db().mailOutbox.count({
          where: { to: sub.email, template: 'subprocessor-notice', subject: { contains: 'Crash test' } },
        }),
        sub.email,
      ).toBe(1);
      expect(await db().noticeDelivery.count({ where: { changeId: change.id, subscriberId: sub.id } })).toBe(1);
    }
    expect(
      (await db().subprocessorChange.findUniqueOrThrow({ where: { id: change.id } })).noticesDispatchedAt,
    ).not.toBeNull();
  });

  it('two runs at the same time still send one email per subscriber', async () => {
    const subs = await confirmedSubscribers(9, 'race');
    const change = await publishedChange({ summary: 'Race test' });
    await Promise.all([
      dispatchPendingNotices({ batchSize: 2 }),
      dispatchPendingNotices({ batchSize: 4 }),
      dispatchPendingNotices({ batchSize: 3 }),
    ]);
    for (const sub of subs) {
      expect(
        await db().mailOutbox.count({ where: { to: sub.email, subject: { contains: 'Race test' } } }),
        sub.email,
      ).toBe(1);
    }
    const total = await db().noticeSubscriber.count({ where: { status: 'CONFIRMED' } });
    expect(await db().noticeDelivery.count({ where: { changeId: change.id } })).toBe(total);
  });
});

describe('feeds', () => {
  it('list the notices as Atom and JSON Feed 1.1 with absolute URLs and the machine-readable notice', async () => {
    const change = await publishedChange({ summary: 'Feed test: adding VectorBay' });
    const atom = await (await atomFeed()).text();
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(atom).toContain(`Notice #${change.number}: Feed test: adding VectorBay`);
    expect(atom).toContain(`http://localhost:3000/subprocessors/notices/${change.number}`);
    expect(atom).toContain('VectorBay Analytics GmbH');

    const res = await jsonFeed();
    expect(res.headers.get('content-type')).toContain('application/feed+json');
    const feed = await res.json();
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe('http://localhost:3000/subprocessors/notices.json');
    const item = feed.items.find((i: { id: string }) => i.id.endsWith(`/subprocessors/notices/${change.number}`));
    expect(item.title).toBe(`Notice #${change.number}: Feed test: adding VectorBay`);
    expect(item._subprocessor_notice).toMatchObject({
      id: change.id,
      number: change.number,
      diff: { added: [{ slug: 'vectorbay-analytics' }] },
    });
  });
});
