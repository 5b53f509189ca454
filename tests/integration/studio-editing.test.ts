// Issue 9: editing in the studio — the revision model, drafts with optimistic locking (two editors),
// junk input, restore, preview and validation through the public pipeline, and who may do it (R25).
import { beforeAll, describe, expect, it } from 'vitest';
import { getPage } from '@/lib/content/site';
import { db } from '@/lib/db';
import { approveReview } from '@/lib/studio/approve-review';
import { discardDraft } from '@/lib/studio/discard-draft';
import { getDraftPreview } from '@/lib/studio/get-draft-preview';
import { getPageForEditing } from '@/lib/studio/get-page-for-editing';
import { getRevision } from '@/lib/studio/get-revision';
import { listRevisions } from '@/lib/studio/list-revisions';
import { listStudioPages } from '@/lib/studio/list-studio-pages';
import { publishReview } from '@/lib/studio/publish-review';
import { requestReview } from '@/lib/studio/request-review';
import { restoreRevision } from '@/lib/studio/restore-revision';
import { saveDraft } from '@/lib/studio/save-draft';
import { validateSource } from '@/lib/studio/validate-source';
import { auditActions } from '@/tests/fixtures/factories';
import { editedSource, errorOf, pageId, studioWorld, withPermissions } from '@/tests/fixtures/studio';

// content/pages holds 35 English pages and 11 German translations (content/pages/de/…, issue 18).
process.env.CONTENT_LOCALES = 'en,de';

let w: Awaited<ReturnType<typeof studioWorld>>;
beforeAll(async () => {
  w = await studioWorld();
}, 120_000);

const ROUTE = '/account-security/password-management';

describe('studio: revisions and drafts', () => {
  it('imports every page as a published revision and lists them by section', async () => {
    expect(w.report).toMatchObject({ files: 46, pagesCreated: 46, revisionsAdded: 46, unchanged: 0 });
    const tree = await listStudioPages(w.claraCtx);
    const account = tree.sections.find((s) => s.key === 'account-security')!;
    expect(account.pages[0]).toMatchObject({
      route: '/account-security',
      slug: 'index',
      published: true,
      hasDraft: false,
    });
    expect(account.pages.map((p) => p.title)).toContain('Password management');
    // Translations are listed with their page, not as pages of their own.
    const pages = tree.sections.flatMap((s) => s.pages);
    expect(pages).toHaveLength(35);
    expect(pages.filter((p) => p.translations.some((t) => t.state === 'published'))).toHaveLength(11);
  });

  it('keeps an edit as a draft, freezes it as a revision for review and publishes it as the page', async () => {
    const id = await pageId(ROUTE);
    const source = await editedSource(
      ROUTE,
      '## Password requirements',
      '## Password requirements\n\nPassphrases of four or more words are welcome.',
    );
    const saved = await saveDraft(w.claraCtx, { pageId: id, source, expectedVersion: 0 });
    expect(saved.version).toBe(1);
    // Saving the same text again is not a new version (autosave after no change).
    expect((await saveDraft(w.claraCtx, { pageId: id, source, expectedVersion: 1 })).version).toBe(1);
    const editing = await getPageForEditing(w.claraCtx, { pageId: id });
    expect(editing.draft).toMatchObject({ source, version: 1, updatedBy: w.clara.name });
    expect(editing.published?.number).toBe(1);

    const { reviewId, revisionId } = await requestReview(w.claraCtx, {
      pageId: id,
      reviewerId: w.lena.id,
      message: 'Mention passphrases',
      expectedVersion: 1,
    });
    await approveReview(w.lenaCtx, { reviewId, body: 'Good.' });
    await publishReview(w.lenaCtx, { reviewId });

    const revisions = await listRevisions(w.claraCtx, { pageId: id });
    expect(revisions.map((r) => [r.number, r.origin, r.isPublished])).toEqual([
      [2, 'review', true],
      [1, 'import', false],
    ]);
    expect(revisions[0]).toMatchObject({
      id: revisionId,
      message: 'Mention passphrases',
      author: w.clara.name,
      publishedBy: w.lena.name,
    });
    const detail = await getRevision(w.claraCtx, { revisionId });
    expect(detail.previousSource).not.toBeNull();
    expect(detail.source).toContain('Passphrases of four or more words');
    // Published, the unchanged draft is gone and the public page shows the new text.
    expect((await getPageForEditing(w.claraCtx, { pageId: id })).draft).toBeNull();
    expect((await getPage(ROUTE))!.compiled.code).toContain('Passphrases of four or more words');
  });

  it("shows the second editor a conflict with the first one's text instead of overwriting it", async () => {
    const id = await pageId('/account-security/ip-access-control');
    const base = await editedSource(
      '/account-security/ip-access-control',
      /\n## /,
      '\n\nFirst editor was here.\n\n## ',
    );
    // Both open the page with no draft (version 0); Clara saves first.
    await saveDraft(w.claraCtx, { pageId: id, source: base, expectedVersion: 0 });
    const err = await errorOf(
      saveDraft(w.lenaCtx, { pageId: id, source: `${base}\nSecond editor.`, expectedVersion: 0 }),
    );
    expect(err?.code).toBe('CONFLICT');
    expect(err?.message).toBe(
      `${w.clara.name} changed this page while you were editing. Compare your text with theirs, then save again.`,
    );
    expect(err?.details).toMatchObject({ version: 1, updatedBy: w.clara.name, source: base });
    // Two saves racing from the same version: exactly one wins.
    const results = await Promise.allSettled([
      saveDraft(w.claraCtx, { pageId: id, source: `${base}\nA`, expectedVersion: 1 }),
      saveDraft(w.lenaCtx, { pageId: id, source: `${base}\nB`, expectedVersion: 1 }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const draft = await db().contentDraft.findUniqueOrThrow({ where: { pageId: id } });
    expect(draft.version).toBe(2);
    // Discarding also needs the current version.
    expect((await errorOf(discardDraft(w.claraCtx, { pageId: id, expectedVersion: 1 })))?.code).toBe('CONFLICT');
    await discardDraft(w.claraCtx, { pageId: id, expectedVersion: 2 });
    expect(await db().contentDraft.findUnique({ where: { pageId: id } })).toBeNull();
  });

  it('refuses large pastes and binary junk with a clear message, but saves unfinished MDX', async () => {
    const id = await pageId('/faq');
    const msg = async (source: string) =>
      (await errorOf(saveDraft(w.claraCtx, { pageId: id, source, expectedVersion: 0 })))?.fieldErrors?.source?.[0];
    expect(await msg('x'.repeat(205 * 1024))).toBe(
      'The page is too large: 205 KB, the limit is 200 KB. Split it into several pages.',
    );
    expect(await msg('---\ntitle: a\n---\n\nPDF\u0000\u0001junk')).toBe(
      'The text contains a NUL character (line 5): it looks like binary data, not text. Paste plain text only.',
    );
    expect(await msg('Hello\u001bworld')).toBe(
      'The text contains the invisible control character U+001B (line 1). Remove it; only plain text, tabs and line breaks are allowed.',
    );
    expect(await msg('broken \ud800 surrogate')).toBe(
      'The text is not valid UTF-8 (line 1): it looks like binary data or a file in another encoding. Save it as UTF-8 and paste it again.',
    );
    // Half-written MDX is a fine draft; it only cannot be sent for review.
    const saved = await saveDraft(w.claraCtx, { pageId: id, source: '---\ntitle: "Unfinished', expectedVersion: 0 });
    const err = await errorOf(
      requestReview(w.claraCtx, { pageId: id, reviewerId: w.lena.id, message: 'WIP', expectedVersion: saved.version }),
    );
    expect(err?.message).toMatch(/^The page has (a problem|\d+ problems) to fix before it can be reviewed\.$/);
    expect(err?.fieldErrors?.source?.[0]).toMatch(/^Line 1: The frontmatter is not closed/);
    await discardDraft(w.claraCtx, { pageId: id, expectedVersion: saved.version });
  });

  it('validates and previews through the public pipeline, including links to other pages', async () => {
    const id = await pageId('/account-security/two-factor-authentication');
    const broken = await editedSource(
      '/account-security/two-factor-authentication',
      /\n## /,
      '\n\nSee [the vault](/account-security/vault).\n\n## ',
    );
    const result = await validateSource(w.claraCtx, { pageId: id, source: broken });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]!.message).toBe(
      'The link "/account-security/vault" points to no page: check the path against content/pages/.',
    );
    const good = await editedSource(
      '/account-security/two-factor-authentication',
      /\n## /,
      '\n\nPreview marker sentence.\n\n## ',
    );
    expect(await validateSource(w.claraCtx, { pageId: id, source: good })).toEqual({ ok: true });
    await saveDraft(w.claraCtx, { pageId: id, source: good, expectedVersion: 0 });
    const preview = await getDraftPreview(w.claraCtx, { pageId: id });
    expect(preview.ok && preview.page.compiled.code).toContain('Preview marker sentence.');
    expect(preview.ok && preview.site.nav.length).toBe(8);
    // The public site is untouched by a draft.
    expect((await getPage('/account-security/two-factor-authentication'))!.compiled.code).not.toContain(
      'Preview marker sentence.',
    );
  });

  it('restores an old revision as a new draft, which then goes through review like any change', async () => {
    const id = await pageId(ROUTE);
    const [latest, first] = await listRevisions(w.claraCtx, { pageId: id });
    const restored = await restoreRevision(w.lenaCtx, { revisionId: first!.id, expectedVersion: 0 });
    expect(restored.version).toBe(1);
    const editing = await getPageForEditing(w.lenaCtx, { pageId: id });
    expect(editing.draft?.source).toBe((await getRevision(w.lenaCtx, { revisionId: first!.id })).source);
    expect(editing.published?.revisionId).toBe(latest!.id); // nothing public changed yet
    const { reviewId } = await requestReview(w.lenaCtx, {
      pageId: id,
      reviewerId: w.clara.id,
      message: 'Roll back the passphrase note',
      expectedVersion: 1,
    });
    await approveReview(w.claraCtx, { reviewId });
    await publishReview(w.claraCtx, { reviewId });
    expect((await getPage(ROUTE))!.compiled.code).not.toContain('Passphrases of four or more words');
    expect(await auditActions(w.vendor.id)).toEqual(
      expect.arrayContaining(['content.draft.restored', 'content.page.published']),
    );
  });
});

describe('studio: who may edit', () => {
  it('[R25] a customer organization, even with an editor role, finds no studio pages', async () => {
    const id = await pageId('/faq');
    expect((await errorOf(listStudioPages(w.outsiderCtx)))?.code).toBe('NOT_FOUND');
    expect((await errorOf(getPageForEditing(w.outsiderCtx, { pageId: id })))?.code).toBe('NOT_FOUND');
    expect((await errorOf(saveDraft(w.outsiderCtx, { pageId: id, source: 'x', expectedVersion: 0 })))?.code).toBe(
      'NOT_FOUND',
    );
  });

  it('[R25] vendor staff without content:edit are refused, and the refusal is audited', async () => {
    const id = await pageId('/faq');
    expect((await errorOf(saveDraft(w.supportCtx, { pageId: id, source: 'x', expectedVersion: 0 })))?.code).toBe(
      'FORBIDDEN',
    );
    expect((await errorOf(getPageForEditing(w.supportCtx, { pageId: id })))?.code).toBe('FORBIDDEN');
    expect(await auditActions(w.vendor.id)).toContain('access.denied');
  });

  it('[R25] content:edit alone cannot publish or change the page tree', async () => {
    const editOnly = withPermissions(w.claraCtx, ['content:edit']);
    const id = await pageId('/faq');
    expect((await errorOf(publishReview(editOnly, { reviewId: crypto.randomUUID() })))?.code).toBe('FORBIDDEN');
    const { setPageHidden } = await import('@/lib/studio/set-page-hidden');
    expect((await errorOf(setPageHidden(editOnly, { pageId: id, hidden: true })))?.code).toBe('FORBIDDEN');
    // Unknown and malformed ids are simply not found.
    expect((await errorOf(getPageForEditing(w.claraCtx, { pageId: crypto.randomUUID() })))?.code).toBe('NOT_FOUND');
    expect((await errorOf(getPageForEditing(w.claraCtx, { pageId: 'not-a-uuid' })))?.code).toBe('VALIDATION');
  });
});
