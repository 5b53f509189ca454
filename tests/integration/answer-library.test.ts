// Issue 17: the answer library — review and publish with the four-eyes rule, restore, the Ask queue
// (counted, no personal data), the Ask rate limit, and visibility on every path: the studio, an API key
// without and with a document grant, and the public Ask box. NDA and internal entries never leak (R25).
import { beforeAll, describe, expect, it } from 'vitest';
import { GET as answersRoute } from '@/app/api/v1/answers/route';
import { askQuestion } from '@/lib/answers/ask-question';
import { getAnswerMatcher, pollAnswersOnce } from '@/lib/answers/corpus';
import { rebuildContent } from '@/lib/content/site';
import { archiveAnswerEntry } from '@/lib/answers/library/archive-answer-entry';
import { dismissAskedQuestion, listAskedQuestions } from '@/lib/answers/library/asked-questions';
import { getAnswerEntry } from '@/lib/answers/library/get-answer-entry';
import { listAnswerEntries } from '@/lib/answers/library/list-answer-entries';
import { restoreAnswerRevision } from '@/lib/answers/library/restore-answer-revision';
import { reviseAnswerEntry } from '@/lib/answers/library/revise-answer-entry';
import { publishAnswerRevision, requestAnswerChanges, requestAnswerReview } from '@/lib/answers/library/review-answer';
import { tryAnswerQuestion } from '@/lib/answers/library/try-question';
import { db } from '@/lib/db';
import { updateStudioSettings } from '@/lib/studio/update-studio-settings';
import { anonymousCtx, auditActions, createUser } from '@/tests/fixtures/factories';
import { apiRequest, ipAccessWorld, newApiKey } from '@/tests/fixtures/ip-access';
import { errorOf, studioWorld, withPermissions } from '@/tests/fixtures/studio';

let w: Awaited<ReturnType<typeof studioWorld>>;
beforeAll(async () => {
  w = await studioWorld();
}, 120_000);

let ipSeq = 1;
const freshIp = () => `198.18.7.${ipSeq++}`;
const prospect = () => anonymousCtx({ ip: freshIp(), userAgent: 'Mozilla/5.0 (prospect-agent-marker)' });
const noContext = { params: Promise.resolve({}) };

/** Writes, reviews (clara) and publishes (lena) an entry. */
async function published(input: Parameters<typeof reviseAnswerEntry>[1]) {
  const saved = await reviseAnswerEntry(w.claraCtx, input);
  await requestAnswerReview(w.claraCtx, { revisionId: saved.revisionId });
  await publishAnswerRevision(w.lenaCtx, { revisionId: saved.revisionId });
  return saved;
}

describe('an empty library (a new production database)', () => {
  it('lists nothing, and the Ask box says plainly it has no published answer', async () => {
    expect(await listAnswerEntries(w.claraCtx)).toMatchObject({ total: 0, rows: [], overdue: 0, openQuestions: 0 });
    const r = await askQuestion(prospect(), { question: 'Do you support quantum-safe carrier pigeons?' });
    expect(r).toMatchObject({ answer: null, related: [] });
  });
});

describe('answer library: review and publish', () => {
  it('[R25] [R27] a draft goes live only after review; four-eyes stops the sole author publishing, and every step is audited', async () => {
    const saved = await reviseAnswerEntry(w.claraCtx, {
      entryId: null,
      question: 'Do you rotate the zorblax signing keys every quarter?',
      alternatives: ['How often are zorblax keys rotated?'],
      shortAnswer: 'yes',
      answer: 'Yes. Zorblax signing keys rotate every quarter.',
      evidence: 'Key management | /data-protection/encryption#key-management',
      visibility: 'public',
    });
    expect(saved.slug).toBe('do-you-rotate-the-zorblax-signing-keys-every-quarter');
    // A draft is not in the matcher.
    expect((await getAnswerMatcher()).match('zorblax signing keys').matches.map((m) => m.candidate.id)).not.toContain(
      `entry:${saved.slug}`,
    );
    expect((await errorOf(publishAnswerRevision(w.lenaCtx, { revisionId: saved.revisionId })))?.code).toBe('CONFLICT');
    await requestAnswerReview(w.claraCtx, { revisionId: saved.revisionId });
    // Four-eyes is on by default: the only author cannot publish her own revision.
    const own = await errorOf(publishAnswerRevision(w.claraCtx, { revisionId: saved.revisionId }));
    expect(own).toMatchObject({ code: 'FORBIDDEN' });
    expect(own?.message).toContain('Four-eyes');
    // content:edit without content:publish is refused by authorize (audited as access.denied).
    const editorOnly = withPermissions(w.lenaCtx, ['content:edit']);
    expect((await errorOf(publishAnswerRevision(editorOnly, { revisionId: saved.revisionId })))?.code).toBe(
      'FORBIDDEN',
    );
    // A customer organization never reaches the library: 404.
    expect((await errorOf(publishAnswerRevision(w.outsiderCtx, { revisionId: saved.revisionId })))?.code).toBe(
      'NOT_FOUND',
    );
    expect((await errorOf(listAnswerEntries(w.outsiderCtx)))?.code).toBe('NOT_FOUND');

    await publishAnswerRevision(w.lenaCtx, { revisionId: saved.revisionId });
    const result = await askQuestion(prospect(), { question: 'How often do you rotate zorblax signing keys?' });
    expect(result.grade).toBe('high');
    expect(result.answer).toMatchObject({
      id: `entry:${saved.slug}`,
      shortAnswer: 'yes',
      links: [{ label: 'Key management', href: '/data-protection/encryption#key-management' }],
    });
    const actions = await auditActions(w.vendor.id);
    for (const a of ['answer.draft.saved', 'answer.review.requested', 'answer.published', 'access.denied'])
      expect(actions).toContain(a);
  });

  it('with four-eyes off, the author who can publish publishes alone; changes can be sent back', async () => {
    await updateStudioSettings(w.claraCtx, { fourEyesPublishing: false });
    try {
      const saved = await reviseAnswerEntry(w.claraCtx, {
        entryId: null,
        question: 'Is the plonkite archive encrypted?',
        shortAnswer: 'yes',
        answer: 'Yes, the plonkite archive is encrypted.',
      });
      await requestAnswerReview(w.claraCtx, { revisionId: saved.revisionId });
      await requestAnswerChanges(w.lenaCtx, { revisionId: saved.revisionId });
      expect((await getAnswerEntry(w.claraCtx, { entryId: saved.entryId })).current.status).toBe('draft');
      await requestAnswerReview(w.claraCtx, { revisionId: saved.revisionId });
      await publishAnswerRevision(w.claraCtx, { revisionId: saved.revisionId });
      expect((await getAnswerEntry(w.claraCtx, { entryId: saved.entryId })).current.status).toBe('published');
    } finally {
      await updateStudioSettings(w.claraCtx, { fourEyesPublishing: true });
    }
  });

  it('history: a new revision supersedes the published one; restore makes an old revision the draft again', async () => {
    const first = await published({
      entryId: null,
      question: 'Where are the gribbleton backups stored?',
      shortAnswer: 'yes',
      answer: 'Gribbleton backups are stored in Frankfurt.',
    });
    const second = await reviseAnswerEntry(w.lenaCtx, {
      entryId: first.entryId,
      question: 'Where are the gribbleton backups stored?',
      shortAnswer: 'yes',
      answer: 'Gribbleton backups are stored in Frankfurt and Dublin.',
    });
    expect(second.number).toBe(2);
    // Saving again edits the open draft in place (no revision per keystroke).
    const again = await reviseAnswerEntry(w.claraCtx, {
      entryId: first.entryId,
      question: 'Where are the gribbleton backups stored?',
      shortAnswer: 'yes',
      answer: 'Gribbleton backups are stored in Frankfurt and in Dublin.',
    });
    expect(again).toMatchObject({ revisionId: second.revisionId, number: 2 });
    await requestAnswerReview(w.lenaCtx, { revisionId: second.revisionId });
    // Both clara and lena wrote revision 2: either may publish it under four-eyes.
    await publishAnswerRevision(w.lenaCtx, { revisionId: second.revisionId });
    let entry = await getAnswerEntry(w.claraCtx, { entryId: first.entryId });
    expect(entry.revisions.map((r) => [r.number, r.status])).toEqual([
      [2, 'published'],
      [1, 'superseded'],
    ]);
    const restored = await restoreAnswerRevision(w.claraCtx, { revisionId: first.revisionId });
    expect(restored.number).toBe(3);
    entry = await getAnswerEntry(w.claraCtx, { entryId: first.entryId });
    expect(entry.current).toMatchObject({
      number: 3,
      status: 'draft',
      origin: 'restore',
      answer: 'Gribbleton backups are stored in Frankfurt.',
    });
    // The public answer is still revision 2 until the restored draft is published.
    const live = await askQuestion(prospect(), { question: 'Where are gribbleton backups stored?' });
    expect(live.answer?.answer).toContain('Dublin');
    expect(await auditActions(w.vendor.id)).toContain('answer.draft.restored');
  });

  it('an id from the address bar that is not a uuid is NOT_FOUND, never a database error', async () => {
    for (const entryId of ['-'.repeat(36), 'not-an-id', '0'.repeat(36)]) {
      expect((await errorOf(getAnswerEntry(w.claraCtx, { entryId })))?.code).toBe('NOT_FOUND');
    }
  });

  it('archiving takes an entry out of every answer at once; bad input is a field error, not a 500', async () => {
    const saved = await published({
      entryId: null,
      question: 'Do you certify the wumpusfold gateway?',
      shortAnswer: 'yes',
      answer: 'Yes, the wumpusfold gateway is certified.',
    });
    expect((await askQuestion(prospect(), { question: 'Is the wumpusfold gateway certified?' })).answer?.id).toBe(
      `entry:${saved.slug}`,
    );
    await archiveAnswerEntry(w.lenaCtx, { entryId: saved.entryId });
    expect((await askQuestion(prospect(), { question: 'Is the wumpusfold gateway certified?' })).answer?.id).not.toBe(
      `entry:${saved.slug}`,
    );
    const bad = await errorOf(
      reviseAnswerEntry(w.claraCtx, {
        entryId: null,
        question: 'Hi',
        shortAnswer: 'maybe' as never,
        answer: '',
        evidence: 'Link | javascript:alert(1)',
      }),
    );
    expect(bad?.code).toBe('VALIDATION');
    expect(Object.keys(bad?.fieldErrors ?? {}).sort()).toEqual(
      ['answer', 'evidence.0.href', 'question', 'shortAnswer'].sort(),
    );
  });
});

describe('[R25] visibility on every path', () => {
  const secret = { nda: 'NDA-ONLY-MARKER-7731', internal: 'INTERNAL-ONLY-MARKER-9902' };
  let slugs: Record<'public' | 'nda' | 'internal', string>;
  let customer: Awaited<ReturnType<typeof ipAccessWorld>>;
  let customerKey: string;
  const questions = {
    public: 'Do you scan the frobozz containers for malware?',
    nda: 'Do you share the quillimot penetration test findings?',
    internal: 'Where is the snarfwick root passphrase escrowed?',
  };

  beforeAll(async () => {
    const pub = await published({
      entryId: null,
      question: questions.public,
      shortAnswer: 'yes',
      answer: 'Yes, frobozz containers are scanned daily.',
    });
    const nda = await published({
      entryId: null,
      question: questions.nda,
      shortAnswer: 'partial',
      answer: `Quillimot findings are shared under NDA. ${secret.nda}`,
      visibility: 'nda',
    });
    const internal = await published({
      entryId: null,
      question: questions.internal,
      shortAnswer: 'not_applicable',
      answer: `The snarfwick passphrase is in the vault. ${secret.internal}`,
      visibility: 'internal',
    });
    slugs = { public: pub.slug, nda: nda.slug, internal: internal.slug };
    customer = await ipAccessWorld('Answers Customer', '203.0.113.77');
    customerKey = (await newApiKey(customer.ownerCtx, 'Questionnaire bot')).secret;
  });

  const api = async (q: string, key = customerKey) => {
    const res = await answersRoute(apiRequest(`/api/v1/answers?q=${encodeURIComponent(q)}`, { key }), noContext);
    return { status: res.status, body: (await res.json()) as { grade: string; matches: { id: string }[] } };
  };
  const ids = (b: { matches: { id: string }[] }) => b.matches.map((m) => m.id);

  it('[R25] the studio (vendor staff) sees every visibility', async () => {
    for (const v of ['public', 'nda', 'internal'] as const) {
      const r = await tryAnswerQuestion(w.claraCtx, { question: questions[v] });
      expect(r.matches[0]?.id).toBe(`entry:${slugs[v]}`);
    }
    expect((await errorOf(tryAnswerQuestion(w.outsiderCtx, { question: questions.public })))?.code).toBe('NOT_FOUND');
  });

  it('[R25] the public Ask box answers public entries only: an NDA-only and an internal-only entry never leak', async () => {
    expect((await askQuestion(prospect(), { question: questions.public })).answer?.id).toBe(`entry:${slugs.public}`);
    for (const v of ['nda', 'internal'] as const) {
      const r = await askQuestion(prospect(), { question: questions[v] });
      const text = JSON.stringify(r);
      expect(text).not.toContain(slugs[v]);
      expect(text).not.toContain(secret[v]);
    }
  });

  it('[R25] an API key without a document grant sees public entries only; internal never', async () => {
    expect(ids((await api(questions.public)).body)[0]).toBe(`entry:${slugs.public}`);
    for (const v of ['nda', 'internal'] as const) {
      const { status, body } = await api(questions[v]);
      expect(status).toBe(200);
      expect(JSON.stringify(body)).not.toContain(secret[v]);
      expect(ids(body)).not.toContain(`entry:${slugs[v]}`);
    }
  });

  it('[R25] with an active document grant the organization also sees NDA entries, never internal; a revoked grant ends it', async () => {
    const request = await db().documentAccessRequest.create({
      data: {
        organizationId: w.vendor.id,
        name: 'Owner',
        email: customer.owner.email.toUpperCase(),
        company: 'Answers Customer',
        reason: 'Vendor review',
        documentIds: [],
        status: 'APPROVED',
        ndaVersion: '1',
        ndaAcceptedAt: new Date(),
      },
    });
    const grant = await db().documentAccessGrant.create({
      data: {
        organizationId: w.vendor.id,
        requestId: request.id,
        documentIds: [],
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    expect(ids((await api(questions.nda)).body)[0]).toBe(`entry:${slugs.nda}`);
    const internal = await api(questions.internal);
    expect(JSON.stringify(internal.body)).not.toContain(secret.internal);
    // The public Ask box is not the API: still public only.
    expect(JSON.stringify(await askQuestion(prospect(), { question: questions.nda }))).not.toContain(secret.nda);
    await db().documentAccessGrant.update({ where: { id: grant.id }, data: { revokedAt: new Date() } });
    expect(JSON.stringify((await api(questions.nda)).body)).not.toContain(secret.nda);
  });

  it('the API answers a missing or too long q with 400 and a clear message, and needs a key', async () => {
    const missing = await answersRoute(apiRequest('/api/v1/answers', { key: customerKey }), noContext);
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ code: 'VALIDATION', error: expect.stringContaining('q:') });
    const long = await answersRoute(
      apiRequest(`/api/v1/answers?q=${'a'.repeat(501)}`, { key: customerKey }),
      noContext,
    );
    expect(long.status).toBe(400);
    expect((await long.json()).error).toContain('500 characters');
    const noKey = await answersRoute(apiRequest('/api/v1/answers?q=encryption'), noContext);
    expect(noKey.status).toBe(401);
  });
});

describe('the Ask queue', () => {
  it('counts unanswered questions by normalised wording, keeps no address or user agent, and staff draft or dismiss them', async () => {
    const ip = freshIp();
    const ctx = anonymousCtx({ ip, userAgent: 'Mozilla/5.0 (queue-agent-marker)' });
    await askQuestion(ctx, { question: 'Do you offer a blorptastic hyperdrive warranty?' });
    await askQuestion(anonymousCtx({ ip: freshIp() }), {
      question: 'Does your organization offer a blorptastic hyperdrive warranty?',
    });
    const queue = await listAskedQuestions(w.claraCtx);
    const row = queue.find((q) => q.text.includes('blorptastic'));
    expect(row).toMatchObject({ count: 2, status: 'open', text: 'Do you offer a blorptastic hyperdrive warranty?' });
    const stored = await db().askedQuestion.findUniqueOrThrow({ where: { id: row!.id } });
    expect(Object.keys(stored).sort()).toEqual(
      [
        'count',
        'decidedAt',
        'decidedById',
        'entryId',
        'firstAskedAt',
        'id',
        'lastAskedAt',
        'lastGrade',
        'normalised',
        'status',
        'text',
      ].sort(),
    );
    expect(JSON.stringify(stored)).not.toContain(ip);
    expect(JSON.stringify(stored)).not.toContain('queue-agent-marker');

    // A question answered with a high grade is not queued.
    const before = await db().askedQuestion.count();
    expect((await askQuestion(prospect(), { question: 'Do you scan the frobozz containers for malware?' })).grade).toBe(
      'high',
    );
    expect(await db().askedQuestion.count()).toBe(before);

    // Staff turn it into a draft entry (marked drafted in the same transaction)…
    const drafted = await reviseAnswerEntry(w.claraCtx, {
      entryId: null,
      askedId: row!.id,
      origin: 'queue',
      question: row!.text,
      shortAnswer: 'no',
      answer: 'No, we do not offer hyperdrive warranties.',
    });
    expect(await db().askedQuestion.findUniqueOrThrow({ where: { id: row!.id } })).toMatchObject({
      status: 'drafted',
      entryId: drafted.entryId,
    });
    // …or dismiss one; a decided question cannot be decided again.
    await askQuestion(prospect(), { question: 'Is the snozzberry API deprecated?' });
    const other = (await listAskedQuestions(w.claraCtx)).find((q) => q.text.includes('snozzberry'))!;
    await dismissAskedQuestion(w.lenaCtx, { askedId: other.id });
    expect((await errorOf(dismissAskedQuestion(w.lenaCtx, { askedId: other.id })))?.code).toBe('CONFLICT');
    expect((await listAskedQuestions(w.claraCtx, { status: 'dismissed' })).map((q) => q.id)).toContain(other.id);
    expect((await errorOf(listAskedQuestions(w.outsiderCtx)))?.code).toBe('NOT_FOUND');
    // The dismissal's audit event names the question by id only, never its words.
    const event = await db().auditEvent.findFirstOrThrow({
      where: { action: 'answer.asked.dismissed', targetId: other.id },
    });
    expect(JSON.stringify({ ...event, seq: String(event.seq) })).not.toContain('snozzberry');
  });

  it('[R9] the Ask box is limited per client address: allowed, then refused with its coded reason; another address is unaffected', async () => {
    const ip = freshIp();
    const ctx = anonymousCtx({ ip });
    for (let i = 0; i < 20; i++) await askQuestion(ctx, { question: 'Do you encrypt data at rest?' });
    const refused = await errorOf(askQuestion(ctx, { question: 'Do you encrypt data at rest?' }));
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', reason: 'ANSWER_ASK_RATE_LIMITED' });
    expect(refused?.details?.retryAfterSeconds).toBeGreaterThan(0);
    await expect(
      askQuestion(anonymousCtx({ ip: freshIp() }), { question: 'Do you encrypt data at rest?' }),
    ).resolves.toBeTruthy();
    // Bad input is a field error before anything is counted.
    expect((await errorOf(askQuestion(anonymousCtx({ ip: freshIp() }), { question: ' ' })))?.code).toBe('VALIDATION');
  });
});

describe('the matcher’s cache', () => {
  it('is built once, rebuilt when the site is republished or another process changes the library, never per question', async () => {
    const first = await getAnswerMatcher();
    expect(await getAnswerMatcher()).toBe(first);
    // A page publish swaps the site snapshot (refresh-site.ts): the next question uses a new matcher.
    await rebuildContent();
    const afterPages = await getAnswerMatcher();
    expect(afterPages).not.toBe(first);
    // Another process published an entry: the content poll sees the library's fingerprint change.
    expect(await pollAnswersOnce()).toBe(false);
    const entry = await db().answerEntry.findFirstOrThrow();
    await db().answerEntry.update({ where: { id: entry.id }, data: { publishedAt: new Date() } });
    expect(await pollAnswersOnce()).toBe(true);
    expect(await getAnswerMatcher()).not.toBe(afterPages);
  });
});

describe('studio list', () => {
  it('searches and filters by visibility, status and overdue review dates', async () => {
    const owner = await createUser({ organizationId: w.vendor.id, role: 'compliance_editor' });
    await reviseAnswerEntry(w.claraCtx, {
      entryId: null,
      question: 'Is the kerfuffle register reviewed yearly?',
      shortAnswer: 'yes',
      answer: 'Yes.',
      visibility: 'internal',
      ownerId: owner.id,
      reviewBy: '2020-01-01',
    });
    const all = await listAnswerEntries(w.claraCtx, { q: 'kerfuffle' });
    expect(all.rows).toHaveLength(1);
    expect(all.rows[0]).toMatchObject({ visibility: 'internal', overdue: true, status: 'draft', published: false });
    expect(all.rows[0]!.ownerLabel).toContain('Test');
    expect((await listAnswerEntries(w.claraCtx, { q: 'kerfuffle', visibility: 'public' })).rows).toHaveLength(0);
    expect((await listAnswerEntries(w.claraCtx, { overdue: '1' })).rows.map((r) => r.question)).toContain(
      'Is the kerfuffle register reviewed yearly?',
    );
    expect((await listAnswerEntries(w.claraCtx, { status: 'published', q: 'kerfuffle' })).rows).toHaveLength(0);
    // An owner who is not vendor content staff is refused with a field error.
    const outsiderUser = await createUser({ organizationId: w.vendor.id, role: 'member' });
    const bad = await errorOf(
      reviseAnswerEntry(w.claraCtx, {
        entryId: null,
        question: 'Who owns the kerfuffle?',
        shortAnswer: 'yes',
        answer: 'Us.',
        ownerId: outsiderUser.id,
      }),
    );
    expect(bad?.fieldErrors?.ownerId).toBeTruthy();
  });
});
