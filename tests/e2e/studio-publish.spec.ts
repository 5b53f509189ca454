import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './support/auth';
import { alertIn } from './support/ui';

// The studio end to end: edit → review → publish → public page, search and changelog → restore. Runs on
// the shared e2e server; every test leaves the pages as it found them (the restore step, discarded drafts).

const EDITOR = 'compliance@acme.example';
const SECOND = 'legal@acme.example';
const DPA_TITLE = 'Data processing agreement';
const DPA_ROUTE = '/data-protection/data-processing-agreement';
// A word no page contains, so search finds exactly our change.
const MARKER = 'kestrelmoor';
const NEW_SENTENCE = `Countersigned copies of the agreement are returned within two business days (${MARKER}).`;

async function staffPage(browser: Browser, email: string, next: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, undefined, next);
  return page;
}

const sourceEditor = (page: Page) => page.getByRole('textbox', { name: 'MDX source' });

/** Opens a page's editor from the page tree. */
async function openEditor(page: Page, title: string) {
  await page.goto('/studio/pages');
  await page.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(sourceEditor(page)).toBeVisible();
  await expect(page.getByText(/No problems found|problems? to fix/)).toBeVisible();
}

/** Types at the very end of the source, as an author would. */
async function appendToSource(page: Page, text: string) {
  await sourceEditor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(text);
}

const saved = (page: Page) =>
  expect(page.getByRole('status').filter({ hasText: /^Saved at \d/ })).toBeVisible({ timeout: 10_000 });

async function requestReview(page: Page, message: string, notable?: string) {
  await expect(page.getByText('No problems found')).toBeVisible();
  await page.getByRole('button', { name: 'Request review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Request review' });
  await dialog.getByLabel('Reviewer').selectOption({ label: 'Lena Brandt (legal@acme.example) · can publish' });
  await dialog.getByLabel('Message').fill(message);
  if (notable) {
    await dialog.getByRole('checkbox', { name: /Notable change/ }).check();
    await dialog.getByLabel('Changelog summary').fill(notable);
  }
  await dialog.getByRole('button', { name: 'Request review' }).click();
  await expect(page).toHaveURL(/\/studio\/reviews\/[0-9a-f-]{36}$/);
}

/** The second staff member approves the newest review assigned to them and publishes it. */
async function approveAndPublish(reviewer: Page, expectInRendered: RegExp) {
  await reviewer.goto('/studio/reviews?filter=assigned-to-me');
  await reviewer.getByRole('link', { name: DPA_TITLE }).first().click();
  await expect(reviewer.getByRole('heading', { level: 1, name: `Review: ${DPA_TITLE}` })).toBeVisible();
  await expect(reviewer.getByRole('tabpanel', { name: 'Rendered changes' })).toContainText(expectInRendered);
  await reviewer.getByRole('tab', { name: 'Source changes' }).click();
  await expect(reviewer.getByRole('tabpanel', { name: 'Source changes' }).getByRole('table')).toBeVisible();
  await reviewer.getByRole('button', { name: 'Approve' }).click();
  await expect(reviewer.getByRole('button', { name: 'Publish now' })).toBeEnabled();
  await reviewer.getByRole('button', { name: 'Publish now' }).click();
  await expect(reviewer.getByText('Published. The public page shows the change now.')).toBeVisible();
}

test.describe('studio: edit, review, publish, restore', () => {
  test('an edit to the DPA is reviewed, published live (page, Last updated, search, changelog, feed) and rolled back', async ({
    browser,
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const today = new Date().toISOString().slice(0, 10);
    const original = await (await request.get(DPA_ROUTE)).text();
    expect(original).not.toContain(MARKER);

    // 1. The editor changes the DPA page and asks for a review.
    await signIn(page, EDITOR, undefined, '/studio/pages');
    await openEditor(page, DPA_TITLE);
    await appendToSource(page, `\n\n${NEW_SENTENCE}\n`);
    await saved(page);
    await expect(page.frameLocator('iframe[title="Preview"]').getByText(NEW_SENTENCE)).toBeVisible();
    await requestReview(
      page,
      'States how fast countersigned copies come back.',
      'The DPA page now says countersigned copies are returned within two business days.',
    );

    // 2. A second staff member sees the change as prospects will, approves and publishes it.
    const reviewer = await staffPage(browser, SECOND, '/studio/reviews');
    await approveAndPublish(reviewer, new RegExp(MARKER));

    // 3. Live within seconds, without a rebuild: the page, its Last updated date, search, the changelog and its feed.
    await expect(async () => {
      const html = await (await request.get(DPA_ROUTE)).text();
      expect(html).toContain(NEW_SENTENCE);
    }).toPass({ timeout: 5_000 });
    await page.goto(DPA_ROUTE);
    await expect(page.getByText(NEW_SENTENCE)).toBeVisible();
    await expect(page.locator('dl').filter({ hasText: 'Last updated' }).locator('time').first()).toHaveAttribute(
      'datetime',
      new RegExp(`^${today}`),
    );
    await page.goto(`/search?q=${MARKER}`);
    await expect(page.getByRole('region', { name: /result/ }).getByRole('link', { name: DPA_TITLE })).toBeVisible();
    await page.goto('/changelog');
    await expect(
      page.getByText('The DPA page now says countersigned copies are returned within two business days.'),
    ).toBeVisible();
    const feed = await (await request.get('/changelog/feed.xml')).text();
    expect(feed).toContain('The DPA page now says countersigned copies are returned within two business days.');
    expect(feed).toContain(DPA_ROUTE);

    // 4. History: restore the revision before ours as a draft, review and publish it: the old text is back.
    await page.goto('/studio/pages');
    await page.getByRole('link', { name: DPA_TITLE, exact: true }).click();
    await page.getByRole('link', { name: 'History' }).click();
    const revisions = page.getByRole('navigation', { name: 'Revisions' }).getByRole('link');
    await expect(revisions.first()).toContainText('Published now');
    await revisions.nth(1).click();
    await expect(page.getByRole('tabpanel', { name: 'Rendered changes' })).not.toContainText(MARKER);
    await page.getByRole('button', { name: 'Restore as draft' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Restore as draft' }).click();
    await expect(page).toHaveURL(/\/studio\/pages\/[0-9a-f-]{36}$/);
    await expect(page.getByText('No problems found')).toBeVisible();
    await requestReview(page, 'Back to the previous wording.');
    await approveAndPublish(reviewer, /\[removed: [^\]]*kestrelmoor/);
    await expect(async () => {
      const html = await (await request.get(DPA_ROUTE)).text();
      expect(html).not.toContain(MARKER);
    }).toPass({ timeout: 5_000 });
    await reviewer.context().close();
  });

  test('two editors changing the same draft: the second sees a conflict and keeps their text', async ({
    browser,
    page,
  }) => {
    const title = 'Industry memberships';
    await signIn(page, EDITOR, undefined, '/studio/pages');
    const other = await staffPage(browser, SECOND, '/studio/pages');
    await openEditor(page, title);
    await openEditor(other, title);

    await appendToSource(page, '\n\nA sentence from the first editor.\n');
    await saved(page);
    await appendToSource(other, '\n\nA sentence from the second editor.\n');
    const conflict = alertIn(other).filter({ hasText: 'saved this draft' });
    await expect(conflict).toContainText('while you were editing');
    await expect(sourceEditor(other)).toContainText('A sentence from the second editor.');
    await expect(other.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();

    await other.getByRole('button', { name: 'Keep mine (overwrite)' }).click();
    await saved(other);
    await expect(conflict).toBeHidden();

    // Clean up: no draft left behind.
    await other.getByRole('button', { name: 'Discard draft' }).click();
    await other.getByRole('dialog').getByRole('button', { name: 'Discard draft' }).click();
    await expect(other.getByRole('status').filter({ hasText: 'No draft yet' })).toBeVisible();
    await other.context().close();
  });

  test('invalid MDX shows the problem at its line and cannot be sent for review; the editor page passes axe', async ({
    page,
  }) => {
    await signIn(page, EDITOR, undefined, '/studio/pages');
    await openEditor(page, 'Industry memberships');
    expect(
      (
        await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
          .exclude('iframe')
          .analyze()
      ).violations.map((v) => v.id),
    ).toEqual([]);

    // The page fields write into the frontmatter of the source.
    await page.getByLabel('Title').fill('Industry memberships and codes');
    await expect(sourceEditor(page)).toContainText('title: "Industry memberships and codes"');

    await appendToSource(page, '\n\nA broken <div>tag</div> here.\n');
    const problem = page.getByRole('button', { name: /^Line \d+:/ }).first();
    await expect(problem).toBeVisible();
    await expect(page.getByRole('button', { name: 'Request review' })).toBeDisabled();
    await expect(page.getByText('Fix the problems listed under the editor before requesting a review.')).toBeVisible();
    // The problem's line is marked in the editor and a click on the problem puts the cursor there.
    const line = Number(/^Line (\d+):/.exec((await problem.textContent()) ?? '')?.[1]);
    await expect(page.locator('.cm-issue-line')).not.toHaveCount(0);
    await problem.click();
    await expect(page.locator('.cm-activeLine')).toContainText('<div>');
    expect(line).toBeGreaterThan(1);
    // The palette inserts a component at the cursor.
    await page
      .getByRole('group', { name: 'Insert component' })
      .getByRole('button', { name: 'Callout', exact: true })
      .click();
    await expect(sourceEditor(page)).toContainText('<Callout type="note" title="Good to know">');
    await saved(page);

    await page.getByRole('button', { name: 'Discard draft' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Discard draft' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'No draft yet' })).toBeVisible();
  });

  test('[R25] the editor and its draft preview are for vendor staff only', async ({ browser, page }) => {
    await signIn(page, EDITOR, undefined, '/studio/pages');
    const href = await page.getByRole('link', { name: DPA_TITLE, exact: true }).getAttribute('href');
    expect(href).toMatch(/^\/studio\/pages\/[0-9a-f-]{36}$/);
    const customer = await staffPage(browser, 'owner@globex.example', '/account');
    for (const path of [href!, `${href}/preview`, `${href}/history`]) {
      const response = await customer.goto(path);
      expect(response?.status(), path).toBe(403);
    }
    await customer.context().close();
  });

  test('a publication can be scheduled and cancelled; the requester withdraws the review', async ({
    browser,
    page,
  }) => {
    const title = 'Industry memberships';
    await signIn(page, EDITOR, undefined, '/studio/pages');
    await openEditor(page, title);
    await appendToSource(page, '\n\nA sentence for a scheduled publication.\n');
    await saved(page);
    await expect(page.getByText('Ready for review.')).toBeVisible();
    await page.getByRole('button', { name: 'Request review' }).click();
    const dialog = page.getByRole('dialog', { name: 'Request review' });
    await dialog.getByLabel('Reviewer').selectOption({ label: 'Lena Brandt (legal@acme.example) · can publish' });
    await dialog.getByLabel('Message').fill('To go live tomorrow.');
    await dialog.getByRole('button', { name: 'Request review' }).click();
    await expect(page).toHaveURL(/\/studio\/reviews\/[0-9a-f-]{36}$/);
    const reviewUrl = page.url();

    const reviewer = await staffPage(browser, SECOND, '/studio/reviews');
    await reviewer.goto(reviewUrl);
    await reviewer.getByRole('textbox', { name: 'Comment' }).fill('Fine by me.');
    await reviewer.getByRole('button', { name: 'Approve' }).click();
    await expect(reviewer.getByRole('listitem').filter({ hasText: 'Fine by me.' })).toBeVisible();
    await reviewer.getByRole('button', { name: 'Schedule…' }).click();
    const schedule = reviewer.getByRole('dialog', { name: 'Schedule publication' });
    const tomorrow = new Date(Date.now() + 24 * 3600_000);
    const local = new Date(tomorrow.getTime() - tomorrow.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
    await schedule.getByLabel('Publish at').fill(local);
    await schedule.getByRole('button', { name: 'Schedule publication' }).click();
    await expect(reviewer.getByText(/^Scheduled for \d+ \w+ \d{4}, \d\d:\d\d UTC$/)).toBeVisible();
    await reviewer.getByRole('button', { name: 'Cancel scheduled publication' }).click();
    await expect(reviewer.getByText('Scheduled publication cancelled.')).toBeVisible();
    await expect(reviewer.getByRole('button', { name: 'Publish now' })).toBeVisible();
    await reviewer.context().close();

    // The requester takes it back and throws the draft away: nothing of this test stays behind.
    await page.goto(reviewUrl);
    await page.getByRole('button', { name: 'Withdraw' }).click();
    await expect(page.getByText('This review is closed.')).toBeVisible();
    await openEditor(page, title);
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Discard draft' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'No draft yet' })).toBeVisible();
  });
});
