// Issue 9: review and publish — the four-eyes rule, scheduled publication that fires exactly once, and
// what a publish changes for prospects: the page, search, "Last updated", the changelog.
import { beforeAll, describe, expect, it } from 'vitest';
import { getPage, getSite } from '@/lib/content/site';
import { db } from '@/lib/db';
import { approveReview } from '@/lib/studio/approve-review';
import { cancelScheduledPublish } from '@/lib/studio/cancel-scheduled-publish';
import { commentOnReview } from '@/lib/studio/comment-on-review';
import { getReview } from '@/lib/studio/get-review';
import { listChangelog } from '@/lib/studio/list-changelog';
import { listReviewers } from '@/lib/studio/list-reviewers';
import { listReviews } from '@/lib/studio/list-reviews';
import { pollContentOnce } from '@/lib/studio/content-poll';
import { storedPagesFingerprint } from '@/lib/studio/site-source';
import { publishReview } from '@/lib/studio/publish-review';
import { runDuePublications } from '@/lib/studio/publish-due';
import { requestChanges } from '@/lib/studio/request-changes';
import { requestReview } from '@/lib/studio/request-review';
import { saveDraft } from '@/lib/studio/save-draft';
import { updateStudioSettings } from '@/lib/studio/update-studio-settings';
import { withdrawReview } from '@/lib/studio/withdraw-review';
import type { SignedInCtx } from '@/lib/context';
import { auditActions } from '@/tests/fixtures/factories';
import { editedSource, errorOf, pageId, studioWorld } from '@/tests/fixtures/studio';

let w: Awaited<ReturnType<typeof studioWorld>>;
beforeAll(async () => {
  w = await studioWorld();
}, 120_000);

/** Edits `route` as `author` and asks `reviewer` to review; returns the review id. */
async function proposeChange(
  route: string,
  author: SignedInCtx,
  reviewerId: string,
  marker: string,
  extra: { notable?: boolean; summary?: string } = {},
) {
  const id = await pageId(route);
  const current = await db().contentDraft.findUnique({ where: { pageId: id } });
  const source = await editedSource(route, /\n## /, `\n\n${marker}\n\n## `);
  const saved = await saveDraft(author, { pageId: id, source, expectedVersion: current?.version ?? 0 });
  const { reviewId } = await requestReview(author, {
    pageId: id,
    reviewerId,
    message: `Add ${marker}`,
    expectedVersion: saved.version,
    ...extra,
  });
  return reviewId;
}

describe('studio: review rules', () => {
  it('only the assigned reviewer decides; the requester is told, comments are kept', async () => {
    expect((await listReviewers(w.claraCtx)).map((r) => r.id)).toEqual([w.lena.id]);
    const reviewId = await proposeChange('/certifications/iso-27001', w.claraCtx, w.lena.id, 'Reviewed marker one.');
    expect((await listReviews(w.lenaCtx, { filter: 'assigned-to-me' })).map((r) => r.id)).toContain(reviewId);
    expect((await errorOf(approveReview(w.claraCtx, { reviewId })))?.message).toBe(
      'Only the reviewer this review was assigned to can approve it or request changes.',
    );
    await commentOnReview(w.claraCtx, { reviewId, body: 'Please check the wording.' });
    await requestChanges(w.lenaCtx, { reviewId, body: 'Say which certificate.' });
    const detail = await getReview(w.claraCtx, { reviewId });
    expect(detail).toMatchObject({
      status: 'CHANGES_REQUESTED',
      canApprove: false,
      canPublish: false,
      publishBlockedReason: 'The reviewer has not approved this revision yet.',
    });
    expect(detail.comments.map((c) => [c.kind, c.body])).toEqual([
      ['comment', 'Please check the wording.'],
      ['changes_requested', 'Say which certificate.'],
    ]);
    // The diff compares the reviewed revision with what is public now: only the revision has the change.
    expect(detail.revision.source).toContain('Reviewed marker one.');
    expect(detail.published?.source).toMatch(/\n## /);
    expect(detail.published?.source).not.toContain('Reviewed marker one.');
    const mail = await db().mailOutbox.findMany({
      where: { to: { in: [w.lena.email, w.clara.email] } },
      select: { to: true, template: true },
    });
    expect(mail).toEqual(
      expect.arrayContaining([
        { to: w.lena.email, template: 'content.review_requested' },
        { to: w.clara.email, template: 'content.review_decided' },
      ]),
    );
    // A new request answers the old one; withdrawing takes it back.
    const again = await proposeChange('/certifications/iso-27001', w.claraCtx, w.lena.id, 'Reviewed marker two.');
    expect((await getReview(w.claraCtx, { reviewId })).status).toBe('WITHDRAWN');
    await withdrawReview(w.claraCtx, { reviewId: again });
    expect((await getReview(w.claraCtx, { reviewId: again })).status).toBe('WITHDRAWN');
  });

  it('four-eyes on: the sole author cannot publish their own change; a colleague can', async () => {
    const reviewId = await proposeChange('/certifications/iso-27018', w.claraCtx, w.lena.id, 'Four eyes marker.');
    await approveReview(w.lenaCtx, { reviewId });
    expect((await getReview(w.claraCtx, { reviewId })).publishBlockedReason).toBe(
      'Four-eyes publishing is on: you wrote every change in this revision, so a colleague with publishing rights must publish it.',
    );
    const err = await errorOf(publishReview(w.claraCtx, { reviewId }));
    expect(err?.message).toBe(
      'Four-eyes publishing is on: you wrote every change in this revision, so a colleague with publishing rights must publish it.',
    );
    expect((await getReview(w.lenaCtx, { reviewId })).canPublish).toBe(true);
    await publishReview(w.lenaCtx, { reviewId });
    expect((await getPage('/certifications/iso-27018'))!.compiled.code).toContain('Four eyes marker.');
  });

  it('four-eyes off: the author publishes their own approved change', async () => {
    await updateStudioSettings(w.lenaCtx, { fourEyesPublishing: false });
    const reviewId = await proposeChange('/certifications/iso-22301', w.claraCtx, w.lena.id, 'Own publish marker.');
    await approveReview(w.lenaCtx, { reviewId });
    await publishReview(w.claraCtx, { reviewId });
    expect((await getPage('/certifications/iso-22301'))!.compiled.code).toContain('Own publish marker.');
    await updateStudioSettings(w.lenaCtx, { fourEyesPublishing: true });
    expect(await auditActions(w.vendor.id)).toEqual(
      expect.arrayContaining(['content.settings.updated', 'content.review.approved', 'content.page.published']),
    );
  });
});

describe('studio: publishing', () => {
  it('updates the snapshot: the page text, search, "Last updated" and the public changelog', async () => {
    const route = '/infrastructure-security/backups-and-business-continuity';
    const before = (await getPage(route))!;
    const reviewId = await proposeChange(
      route,
      w.claraCtx,
      w.lena.id,
      'Backups are restored weekly from the quokkavault test site.',
      { notable: true, summary: 'Weekly restore tests from a separate site.' },
    );
    await approveReview(w.lenaCtx, { reviewId });
    await publishReview(w.lenaCtx, { reviewId });
    const after = (await getPage(route))!;
    expect(after.compiled.code).toContain('quokkavault');
    expect(after.lastUpdated > before.lastUpdated).toBe(true);
    expect((await getSite()).search.search('quokkavault').map((h) => h.url.split('#')[0])).toContain(route);
    const [entry] = await listChangelog({ limit: 5 });
    expect(entry).toMatchObject({
      route,
      pageTitle: after.title,
      summary: 'Weekly restore tests from a separate site.',
    });
  });

  it('a scheduled publication fires exactly once, even with two workers at the same moment', async () => {
    const route = '/infrastructure-security/data-centre-security';
    const reviewId = await proposeChange(route, w.claraCtx, w.lena.id, 'Scheduled marker sentence.');
    await approveReview(w.lenaCtx, { reviewId });
    const at = new Date(Date.now() + 3_600_000).toISOString();
    expect(await publishReview(w.lenaCtx, { reviewId, at })).toEqual({ status: 'SCHEDULED', at });
    // Not due yet: nothing happens.
    expect(await runDuePublications(new Date())).toEqual({ published: 0, failed: 0 });
    const due = new Date(Date.now() + 3_700_000);
    const runs = await Promise.all([runDuePublications(due), runDuePublications(due)]);
    expect(runs.map((r) => r.published).sort()).toEqual([0, 1]);
    expect((await getReview(w.lenaCtx, { reviewId })).status).toBe('PUBLISHED');
    expect((await getPage(route))!.compiled.code).toContain('Scheduled marker sentence.');
    const events = await db().auditEvent.findMany({
      where: { action: 'content.page.published', targetLabel: { contains: route } },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.actorType).toBe('SYSTEM');
    expect(await runDuePublications(due)).toEqual({ published: 0, failed: 0 });
  });

  it('a scheduled publication can be cancelled before it fires', async () => {
    const reviewId = await proposeChange(
      '/infrastructure-security/procedures',
      w.claraCtx,
      w.lena.id,
      'Cancelled marker.',
    );
    await approveReview(w.lenaCtx, { reviewId });
    await publishReview(w.lenaCtx, { reviewId, at: new Date(Date.now() + 3_600_000).toISOString() });
    await cancelScheduledPublish(w.lenaCtx, { reviewId });
    expect(await runDuePublications(new Date(Date.now() + 7_200_000))).toEqual({ published: 0, failed: 0 });
    expect((await getReview(w.lenaCtx, { reviewId })).status).toBe('APPROVED');
    expect((await getPage('/infrastructure-security/procedures'))!.compiled.code).not.toContain('Cancelled marker.');
  });

  it('a change made by another server process is picked up by the poll within one round', async () => {
    const route = '/abuse-prevention/abuse-policy';
    expect(await pollContentOnce()).toBe(false);
    // Another process (PostgreSQL scale-out) hides the page: this process's snapshot still shows it…
    await db().contentPage.update({ where: { id: await pageId(route) }, data: { hidden: true } });
    expect((await getSite()).nav.flatMap((s) => s.pages.map((p) => p.route))).toContain(route);
    // …until the next poll.
    expect(await pollContentOnce()).toBe(true);
    expect((await getSite()).nav.flatMap((s) => s.pages.map((p) => p.route))).not.toContain(route);
    expect(await pollContentOnce()).toBe(false);
    // A deletion there is a soft delete (the page count stays the same): the fingerprint still moves, so the
    // next poll rebuilds. (Other pages link to this one, so the rebuild itself would be refused here.)
    const before = await storedPagesFingerprint();
    await db().contentPage.update({ where: { id: await pageId(route) }, data: { deletedAt: new Date() } });
    expect(await storedPagesFingerprint()).not.toBe(before);
  });
});
