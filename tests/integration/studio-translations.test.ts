// Issue 18, translations in the studio: a translation goes through the pages' own draft → review →
// publish flow and four-eyes rule, is outdated once its source page publishes again (with the diff) until
// it is republished against the current source, keeps its page's place and link targets, and is as closed
// to other tenants and permissions as pages are.
import { beforeAll, describe, expect, it } from 'vitest';
import { getPage } from '@/lib/content/site';
import { db } from '@/lib/db';
import { approveReview } from '@/lib/studio/approve-review';
import { deletePage } from '@/lib/studio/delete-page';
import { getPageForEditing } from '@/lib/studio/get-page-for-editing';
import { listStudioPages } from '@/lib/studio/list-studio-pages';
import { movePage } from '@/lib/studio/move-page';
import { publishReview } from '@/lib/studio/publish-review';
import { renamePage } from '@/lib/studio/rename-page';
import { requestReview } from '@/lib/studio/request-review';
import { saveDraft } from '@/lib/studio/save-draft';
import { setPageHidden } from '@/lib/studio/set-page-hidden';
import { loadStoredPages } from '@/lib/studio/site-source';
import { startTranslation } from '@/lib/studio/start-translation';
import { updateTranslationBase } from '@/lib/studio/update-translation-base';
import { DEMO_OUTDATED_PARAGRAPH, outdateDemoTranslation } from '@/lib/studio/demo-outdated-translation';
import { validateSource } from '@/lib/studio/validate-source';
import type { SignedInCtx } from '@/lib/context';
import { auditActions } from '@/tests/fixtures/factories';
import { editedSource, errorOf, pageId, studioWorld } from '@/tests/fixtures/studio';

process.env.CONTENT_LOCALES = 'en,de';
const DPA = '/data-protection/data-processing-agreement';

let w: Awaited<ReturnType<typeof studioWorld>>;
let dpaId: string;
let deId: string;
beforeAll(async () => {
  // content/ holds German translations of both pages this file translates itself: they are left out of
  // the import, so the translations start here (studio-translations-files.test.ts imports them).
  w = await studioWorld({
    without: [
      'content/pages/de/data-protection/data-processing-agreement.mdx',
      'content/pages/de/data-protection/subprocessors.mdx',
    ],
  });
  dpaId = await pageId(DPA);
}, 120_000);

/** Sends the page's draft for review by `reviewer`, who approves; `publisher` publishes. */
async function reviewAndPublish(
  pageIdToSend: string,
  author: SignedInCtx,
  reviewer: SignedInCtx,
  publisher = reviewer,
) {
  const draft = await db().contentDraft.findUniqueOrThrow({ where: { pageId: pageIdToSend } });
  const { reviewId } = await requestReview(author, {
    pageId: pageIdToSend,
    reviewerId: reviewer.session.user.id,
    message: 'Translation',
    expectedVersion: draft.version,
  });
  await approveReview(reviewer, { reviewId });
  return publishReview(publisher, { reviewId });
}

async function germanState(id = dpaId) {
  const tree = await listStudioPages(w.claraCtx);
  const page = tree.sections.flatMap((s) => s.pages).find((p) => p.id === id)!;
  return page.translations.find((t) => t.locale === 'de')!;
}

describe('studio: translations', () => {
  it('starts a German translation from the published English text, through the same review and four-eyes rule', async () => {
    expect(await germanState()).toMatchObject({ state: 'not_started', pageId: null });
    deId = (await startTranslation(w.claraCtx, { pageId: dpaId, locale: 'de' })).id;
    const editing = await getPageForEditing(w.claraCtx, { pageId: deId });
    const english = await db().contentPage.findUniqueOrThrow({
      where: { id: dpaId },
      include: { publishedRevision: true },
    });
    expect(editing.draft?.source).toBe(english.publishedRevision!.source);
    expect(editing.page.route).toBe(`/de${DPA}`);
    expect(editing.translation).toMatchObject({ locale: 'de', basedOn: 1, outdated: false });
    // Starting it again opens the same translation.
    expect((await startTranslation(w.lenaCtx, { pageId: dpaId, locale: 'de' })).id).toBe(deId);

    const german = english.publishedRevision!.source.replace(
      /^Our data processing agreement \(DPA\) is the contract/m,
      'Unser Auftragsverarbeitungsvertrag (AVV) ist der Vertrag',
    );
    const saved = await saveDraft(w.claraCtx, { pageId: deId, source: german, expectedVersion: 1 });
    expect(await germanState()).toMatchObject({ state: 'draft' });
    const { reviewId } = await requestReview(w.claraCtx, {
      pageId: deId,
      reviewerId: w.lena.id,
      message: 'German DPA',
      expectedVersion: saved.version,
    });
    expect(await germanState()).toMatchObject({ state: 'in_review' });
    await approveReview(w.lenaCtx, { reviewId });
    // Four-eyes: Clara wrote every word of this revision, so she cannot publish it herself.
    expect((await errorOf(publishReview(w.claraCtx, { reviewId })))?.message).toMatch(/Four-eyes publishing is on/);
    await publishReview(w.lenaCtx, { reviewId });
    expect(await germanState()).toMatchObject({ state: 'published', outdated: false, basedOn: 1, sourceRevision: 1 });
    const revision = await db().contentRevision.findFirstOrThrow({ where: { pageId: deId, number: 1 } });
    expect(revision.sourceRevisionNumber).toBe(1);
    // The English page is untouched; the German one is offered to the site as a page of its language.
    expect((await getPage(DPA))!.title).toBe('Data processing agreement');
    const stored = (await loadStoredPages())!.pages.filter((p) => p.route === DPA);
    expect(
      stored.map((p) => [p.locale, p.file, p.translatedFrom?.revision, p.translatedFrom?.currentRevision]),
    ).toEqual([
      ['en', 'content/pages/data-protection/data-processing-agreement.mdx', undefined, undefined],
      ['de', 'content/pages/de/data-protection/data-processing-agreement.mdx', 1, 1],
    ]);
    expect(await auditActions(w.vendor.id)).toEqual(
      expect.arrayContaining(['content.translation.started', 'content.translation.published']),
    );
  });

  it('is outdated after the English page is published again, with the diff, until republished against it', async () => {
    const source = await editedSource(
      DPA,
      'meets the requirements of Article 28',
      'meets every requirement of Article 28',
    );
    const draft = await saveDraft(w.claraCtx, { pageId: dpaId, source, expectedVersion: 0 });
    expect(draft.version).toBe(1);
    await reviewAndPublish(dpaId, w.claraCtx, w.lenaCtx);

    expect(await germanState()).toMatchObject({ state: 'outdated', outdated: true, basedOn: 1, sourceRevision: 2 });
    const editing = await getPageForEditing(w.claraCtx, { pageId: deId });
    expect(editing.translation).toMatchObject({ outdated: true, basedOn: 1, sourceRevision: { number: 2 } });
    expect(editing.translation!.baseSource).toContain('meets the requirements of Article 28');
    expect(editing.translation!.sourceRevision!.source).toContain('meets every requirement of Article 28');
    const stored = (await loadStoredPages())!.pages.find((p) => p.locale === 'de' && p.route === DPA)!;
    expect(stored.translatedFrom).toMatchObject({ revision: 1, currentRevision: 2 });
    expect(Date.parse(stored.translatedFrom!.publishedAt)).toBeGreaterThan(Date.now() - 60_000);

    // The translator brings the draft up to the current source and sends it; the same words may be republished.
    const { version } = await updateTranslationBase(w.claraCtx, { pageId: deId, expectedVersion: 0 });
    expect(await germanState()).toMatchObject({ state: 'draft', outdated: true });
    expect(
      (await errorOf(updateTranslationBase(w.claraCtx, { pageId: deId, expectedVersion: version })))?.message,
    ).toMatch(/already made from the source page as published now \(revision 2\)/);
    await reviewAndPublish(deId, w.claraCtx, w.lenaCtx);
    expect(await germanState()).toMatchObject({ state: 'published', outdated: false, basedOn: 2, sourceRevision: 2 });
    expect(
      (await loadStoredPages())!.pages.find((p) => p.locale === 'de' && p.route === DPA)!.translatedFrom,
    ).toMatchObject({
      revision: 2,
      currentRevision: 2,
    });
    expect(await auditActions(w.vendor.id)).toContain('content.translation.updated_to_source');
  });

  it("cannot change its page's slug, section, order or visibility", async () => {
    const fixed = /A translation's address, section, order and visibility are its page's/;
    expect((await errorOf(renamePage(w.lenaCtx, { pageId: deId, slug: 'avv' })))?.message).toMatch(fixed);
    expect((await errorOf(movePage(w.lenaCtx, { pageId: deId, section: 'faq' })))?.message).toMatch(fixed);
    expect((await errorOf(setPageHidden(w.lenaCtx, { pageId: deId, hidden: true })))?.message).toMatch(fixed);
    expect((await errorOf(deletePage(w.lenaCtx, { pageId: deId })))?.message).toMatch(fixed);
    // A frontmatter naming another section is refused, not silently moved.
    const current = (await getPageForEditing(w.claraCtx, { pageId: deId })).published!.source;
    const moved = current.replace('section: data-protection', 'section: faq');
    const result = await validateSource(w.claraCtx, { pageId: deId, source: moved });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues.map((i) => i.message).join(' ')).toMatch(
      /a translation stays in its page's section "data-protection"/,
    );
    const row = await db().contentPage.findUniqueOrThrow({ where: { id: deId } });
    expect([row.section, row.slug]).toEqual(['data-protection', 'data-processing-agreement']);
  });

  it('refuses a translation that links to other pages than its source', async () => {
    const current = (await getPageForEditing(w.claraCtx, { pageId: deId })).published!.source;
    const relinked = current.replace('](/changelog)', '](/faq)');
    expect(relinked).not.toBe(current);
    const checked = await validateSource(w.claraCtx, { pageId: deId, source: relinked });
    expect(!checked.ok && checked.issues.map((i) => i.message).join(' ')).toBe(
      'A translation must link to the same pages as its source (revision 2). Missing: /changelog. Not in the source: /faq.',
    );
    const saved = await saveDraft(w.claraCtx, { pageId: deId, source: relinked, expectedVersion: 0 });
    const refused = await errorOf(
      requestReview(w.claraCtx, {
        pageId: deId,
        reviewerId: w.lena.id,
        message: 'Relinked',
        expectedVersion: saved.version,
      }),
    );
    expect(refused?.fieldErrors?.source?.join(' ')).toMatch(/must link to the same pages as its source/);
    // The same MDX safety rules as pages.
    const scripted = await validateSource(w.claraCtx, {
      pageId: deId,
      source: `${current}\n<script>alert(1)</script>\n`,
    });
    expect(scripted.ok).toBe(false);
  });

  it('[R25] another tenant finds no translations; staff without content:edit are refused', async () => {
    expect((await errorOf(startTranslation(w.outsiderCtx, { pageId: dpaId, locale: 'de' })))?.code).toBe('NOT_FOUND');
    expect((await errorOf(getPageForEditing(w.outsiderCtx, { pageId: deId })))?.code).toBe('NOT_FOUND');
    expect((await errorOf(updateTranslationBase(w.outsiderCtx, { pageId: deId, expectedVersion: 1 })))?.code).toBe(
      'NOT_FOUND',
    );
    expect((await errorOf(startTranslation(w.supportCtx, { pageId: dpaId, locale: 'de' })))?.code).toBe('FORBIDDEN');
    expect((await errorOf(updateTranslationBase(w.supportCtx, { pageId: deId, expectedVersion: 1 })))?.code).toBe(
      'FORBIDDEN',
    );
    // Unconfigured languages and translations of translations are refused with a reason.
    expect((await errorOf(startTranslation(w.claraCtx, { pageId: dpaId, locale: 'fr' })))?.message).toMatch(
      /not configured for the language "fr"/,
    );
    expect((await errorOf(startTranslation(w.claraCtx, { pageId: deId, locale: 'de' })))?.message).toMatch(
      /itself a translation/,
    );
  });

  it('the demo step leaves the German sub-processor policy page outdated, once', async () => {
    const sourceId = await pageId('/data-protection/subprocessors');
    expect(await outdateDemoTranslation()).toBe(false); // no German translation yet
    const { id } = await startTranslation(w.claraCtx, { pageId: sourceId, locale: 'de' });
    await reviewAndPublish(id, w.claraCtx, w.lenaCtx);
    expect(await germanState(sourceId)).toMatchObject({ state: 'published', outdated: false });
    expect(await outdateDemoTranslation()).toBe(true);
    expect(await germanState(sourceId)).toMatchObject({ state: 'outdated', basedOn: 1, sourceRevision: 2 });
    const editing = await getPageForEditing(w.claraCtx, { pageId: id });
    expect(editing.translation?.sourceRevision?.source).toContain(DEMO_OUTDATED_PARAGRAPH);
    expect(await outdateDemoTranslation()).toBe(false);
  });
});
