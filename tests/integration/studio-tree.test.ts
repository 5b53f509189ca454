// Issue 9: the page tree — create (not public until published), hide (reachable, but out of navigation
// and search), rename/move/delete refused while other pages link to the page, reorder.
import { beforeAll, describe, expect, it } from 'vitest';
import { getPage, getSite } from '@/lib/content/site';
import { sitemapEntries } from '@/lib/content/sitemap-entries';
import { db } from '@/lib/db';
import { approveReview } from '@/lib/studio/approve-review';
import { createPage } from '@/lib/studio/create-page';
import { deletePage } from '@/lib/studio/delete-page';
import { getPageForEditing } from '@/lib/studio/get-page-for-editing';
import { listStudioPages } from '@/lib/studio/list-studio-pages';
import { movePage } from '@/lib/studio/move-page';
import { publishReview } from '@/lib/studio/publish-review';
import { renamePage } from '@/lib/studio/rename-page';
import { reorderPages } from '@/lib/studio/reorder-pages';
import { requestReview } from '@/lib/studio/request-review';
import { setPageHidden } from '@/lib/studio/set-page-hidden';
import { auditActions } from '@/tests/fixtures/factories';
import { errorOf, pageId, studioWorld } from '@/tests/fixtures/studio';

let w: Awaited<ReturnType<typeof studioWorld>>;
beforeAll(async () => {
  w = await studioWorld();
}, 120_000);

const navRoutes = async () => (await getSite()).nav.flatMap((s) => s.pages.map((p) => p.route));
// What sitemap.xml lists, from this process's snapshot (app/sitemap.ts adds only notices and documents).
const sitemapPaths = async () =>
  sitemapEntries(await getSite(), { noticeNumbers: [], documentSlugs: [] }, 'https://trust.example').map(
    (e) => new URL(e.url).pathname,
  );

describe('studio: page tree', () => {
  it('a new page is a draft from the template, public only once published, then movable, renamable and deletable', async () => {
    const { id } = await createPage(w.claraCtx, {
      section: 'data-protection',
      slug: 'data-retention',
      title: 'Data retention',
      description: 'How long Acme Mail keeps messages, logs and backups.',
    });
    const editing = await getPageForEditing(w.claraCtx, { pageId: id });
    expect(editing.page).toMatchObject({
      route: '/data-protection/data-retention',
      published: false,
      hasDraft: true,
      title: 'Data retention',
    });
    expect(editing.draft?.source).toMatch(/^---\ntitle: "Data retention"\n/);
    expect(await getPage('/data-protection/data-retention')).toBeNull();
    expect(
      (
        await errorOf(
          createPage(w.claraCtx, {
            section: 'data-protection',
            slug: 'data-retention',
            title: 'Again',
            description: 'A second page with the same address.',
          }),
        )
      )?.fieldErrors?.slug,
    ).toEqual(['A page with this address already exists in the section.']);

    const { reviewId } = await requestReview(w.claraCtx, {
      pageId: id,
      reviewerId: w.lena.id,
      message: 'New page',
      expectedVersion: 1,
    });
    await approveReview(w.lenaCtx, { reviewId });
    await publishReview(w.lenaCtx, { reviewId });
    expect((await getPage('/data-protection/data-retention'))?.title).toBe('Data retention');
    expect(await navRoutes()).toContain('/data-protection/data-retention');
    expect(await sitemapPaths()).toContain('/data-protection/data-retention');

    await movePage(w.lenaCtx, { pageId: id, section: 'infrastructure-security' });
    await renamePage(w.lenaCtx, { pageId: id, slug: 'retention-periods' });
    expect(await getPage('/data-protection/data-retention')).toBeNull();
    expect((await getPage('/infrastructure-security/retention-periods'))?.section.key).toBe('infrastructure-security');

    expect(await sitemapPaths()).toContain('/infrastructure-security/retention-periods');
    await deletePage(w.lenaCtx, { pageId: id });
    expect(await getPage('/infrastructure-security/retention-periods')).toBeNull();
    // Gone from the sitemap at once, not at the next publish.
    expect(await sitemapPaths()).not.toContain('/infrastructure-security/retention-periods');
    expect((await errorOf(getPageForEditing(w.claraCtx, { pageId: id })))?.code).toBe('NOT_FOUND');
    expect(await auditActions(w.vendor.id)).toEqual(
      expect.arrayContaining([
        'content.page.created',
        'content.page.moved',
        'content.page.renamed',
        'content.page.deleted',
      ]),
    );
  });

  it('refuses to rename or delete a page other pages link to, naming them', async () => {
    const id = await pageId('/account-security/ip-access-control');
    const err = await errorOf(deletePage(w.lenaCtx, { pageId: id }));
    expect(err?.message).toMatch(
      /^Other pages link to this page: .*content\/pages\/faq\/index\.mdx.*\. Change those links first \(edit, review and publish them\), then try again\.$/,
    );
    expect((await errorOf(renamePage(w.lenaCtx, { pageId: id, slug: 'ip-allowlists' })))?.message).toMatch(
      /^Other pages link to this page: /,
    );
    expect((await errorOf(deletePage(w.lenaCtx, { pageId: await pageId('/faq') })))?.message).toBe(
      "A section's own page cannot be deleted.",
    );
    expect(await getPage('/account-security/ip-access-control')).not.toBeNull();
  });

  it('a hidden page answers at its address but leaves navigation and search', async () => {
    const route = '/communication-security/sms-security';
    const id = await pageId(route);
    await setPageHidden(w.lenaCtx, { pageId: id, hidden: true });
    expect(await getPage(route)).not.toBeNull();
    expect(await navRoutes()).not.toContain(route);
    expect((await getSite()).search.search('SMS security').some((h) => h.url.startsWith(route))).toBe(false);
    await setPageHidden(w.lenaCtx, { pageId: id, hidden: 'false' });
    expect(await navRoutes()).toContain(route);
  });

  it('reorders a section: the row order wins over the frontmatter', async () => {
    const section = (await listStudioPages(w.lenaCtx)).sections.find((s) => s.key === 'communication-security')!;
    const others = section.pages.filter((p) => p.slug !== 'index');
    const reversed = [...others].reverse();
    await reorderPages(w.lenaCtx, { section: 'communication-security', pageIds: reversed.map((p) => p.id) });
    const nav = (await getSite()).nav.find((s) => s.key === 'communication-security')!;
    expect(nav.pages.map((p) => p.route)).toEqual(['/communication-security', ...reversed.map((p) => p.route)]);
    expect(
      (await errorOf(reorderPages(w.lenaCtx, { section: 'communication-security', pageIds: [others[0]!.id] })))
        ?.message,
    ).toBe('The list of pages is out of date: reload and try again.');
    expect(await db().contentRevision.count({ where: { origin: { not: 'import' } } })).toBe(1);
  });
});
