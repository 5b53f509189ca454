import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './support/auth';

// Issue 18, translations in the studio: an editor publishes a change to the English DPA; its German
// translation shows as outdated in the studio (page list and editor, with the diff of the English change)
// until the translation is brought up to date and republished. Runs on the shared e2e server, in the demo
// project (it changes demo content). With the German demo content imported the translation exists; without
// it, the spec first starts and publishes one through the studio.

const EDITOR = 'compliance@acme.example';
const SECOND = 'legal@acme.example';
const DPA_TITLE = 'Data processing agreement';
const DPA_ROUTE = '/data-protection/data-processing-agreement';
const MARKER = 'brackenfold';
const ENGLISH = `Signed copies are kept for the whole term of your contract and six years after it (${MARKER}).`;
const GERMAN = `Unterzeichnete Exemplare bewahren wir für die gesamte Vertragslaufzeit und sechs Jahre danach auf (${MARKER}).`;

// The public half: /de serves the translation, with the outdated notice while its source is newer.
const PUBLIC_TRANSLATIONS = true;
const GERMAN_DPA_ROUTE = `/de${DPA_ROUTE}`;
const NOTICE = /Diese Übersetzung ist nicht mehr auf dem neuesten Stand/;

const sourceEditor = (page: Page) => page.getByRole('textbox', { name: 'MDX source' });

async function staffPage(browser: Browser, email: string, next: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email, undefined, next);
  return page;
}

async function appendToSource(page: Page, text: string) {
  await sourceEditor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(text);
  await expect(page.getByRole('status').filter({ hasText: /^Saved at \d/ })).toBeVisible({ timeout: 10_000 });
}

/** Requests a review from Lena; returns the review's address. */
async function requestReview(page: Page, message: string): Promise<string> {
  await expect(page.getByText('No problems found')).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Request review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Request review' });
  await dialog.getByLabel('Reviewer').selectOption({ label: 'Lena Brandt (legal@acme.example) · can publish' });
  await dialog.getByLabel('Message').fill(message);
  await dialog.getByRole('button', { name: 'Request review' }).click();
  await expect(page).toHaveURL(/\/studio\/reviews\/[0-9a-f-]{36}$/, { timeout: 20_000 });
  return new URL(page.url()).pathname;
}

/** The second staff member (four-eyes) approves and publishes the review. */
async function approveAndPublish(reviewer: Page, reviewPath: string) {
  await reviewer.goto(reviewPath);
  await reviewer.getByRole('button', { name: 'Approve' }).click();
  await expect(reviewer.getByRole('button', { name: 'Publish now' })).toBeEnabled();
  await reviewer.getByRole('button', { name: 'Publish now' }).click();
  await expect(reviewer.getByText('Published. The public page shows the change now.')).toBeVisible({ timeout: 20_000 });
}

/** The DPA's row in the page list, and its German translation badge. */
const germanBadge = (page: Page) =>
  page
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: DPA_TITLE, exact: true }) })
    .locator('[data-translation="de"]');

async function openDpa(page: Page) {
  await page.goto('/studio/pages');
  await page.getByRole('link', { name: DPA_TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: DPA_TITLE })).toBeVisible();
}

/** Opens the German translation from the English page's Translations panel. */
async function openGerman(page: Page) {
  await openDpa(page);
  await page.getByRole('link', { name: 'Open the German translation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /\(German\)$/ })).toBeVisible({ timeout: 15_000 });
  await expect(sourceEditor(page)).toBeVisible();
}

test('an English DPA change marks its German translation outdated, with the diff, until it is republished', async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(180_000);
  await signIn(page, EDITOR, undefined, '/studio/pages');
  const reviewer = await staffPage(browser, SECOND, '/studio/reviews');

  // 0. A published, current German translation to start from (the demo content has one once imported).
  const panel = page.getByRole('region', { name: 'Translations' });
  await openDpa(page);
  const german = panel.locator('[data-translation="de"]');
  if ((await german.getAttribute('data-state')) === 'not_started') {
    await german.getByRole('button', { name: 'Start translation into German' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /\(German\)$/ })).toBeVisible({ timeout: 30_000 });
    await appendToSource(page, '\n\nDieser Vertrag gilt für alle Kunden von Acme Mail.\n');
    await approveAndPublish(reviewer, await requestReview(page, 'Deutsche Fassung des AVV.'));
  }
  if ((await german.getAttribute('data-state')) === 'outdated') {
    // An earlier spec published the English DPA again: bring the translation up to date first.
    await openGerman(page);
    await page.getByRole('button', { name: /^Update the draft to source revision \d+$/ }).click();
    await expect(page.getByTestId('translation-outdated')).toHaveCount(0, { timeout: 30_000 });
    await appendToSource(page, '\n\nDiese Fassung entspricht dem aktuellen englischen Vertrag.\n');
    await approveAndPublish(reviewer, await requestReview(page, 'Auf den aktuellen Stand gebracht.'));
  }
  await page.goto('/studio/pages');
  await expect(germanBadge(page)).toHaveAttribute('data-state', 'published');
  await expect(germanBadge(page)).toHaveText('German: Published');

  // 1. The editor changes the English DPA; Lena reviews and publishes it.
  await openDpa(page);
  await appendToSource(page, `\n\n${ENGLISH}\n`);
  await approveAndPublish(reviewer, await requestReview(page, 'Says how long signed copies are kept.'));
  await expect(async () => expect(await (await request.get(DPA_ROUTE)).text()).toContain(ENGLISH)).toPass({
    timeout: 5_000,
  });

  // 2. The studio marks the German translation outdated: in the page list and in its editor, with the diff.
  await page.goto('/studio/pages');
  await expect(germanBadge(page)).toHaveText('German: Outdated');
  await openGerman(page);
  const outdated = page.getByTestId('translation-outdated');
  await expect(outdated.getByRole('status')).toContainText('Outdated: the source page has been published again');
  await expect(outdated.getByRole('tabpanel', { name: 'Rendered changes' })).toContainText(MARKER);
  await outdated.getByRole('tab', { name: 'Source changes' }).click();
  await expect(outdated.getByRole('tabpanel', { name: 'Source changes' })).toContainText(ENGLISH);

  if (PUBLIC_TRANSLATIONS) {
    const html = await (await request.get(GERMAN_DPA_ROUTE)).text();
    expect(html).toMatch(NOTICE);
    expect(html).toContain(`href="${DPA_ROUTE}"`);
  }

  // 3. The translator takes the change over and republishes the translation against the current source.
  await page.getByRole('button', { name: /^Update the draft to source revision \d+$/ }).click();
  await expect(page.getByTestId('translation-outdated')).toHaveCount(0, { timeout: 30_000 });
  await expect(
    page.getByText(/The published translation is outdated; this draft is made from source revision/),
  ).toBeVisible();
  await appendToSource(page, `\n\n${GERMAN}\n`);
  await approveAndPublish(reviewer, await requestReview(page, 'Aufbewahrungsfrist übernommen.'));

  await page.goto('/studio/pages');
  await expect(germanBadge(page)).toHaveText('German: Published');
  await openGerman(page);
  await expect(page.getByText(/The published translation is outdated|Outdated: the source page/)).toHaveCount(0);
  if (PUBLIC_TRANSLATIONS) {
    const html = await (await request.get(GERMAN_DPA_ROUTE)).text();
    expect(html).toContain(GERMAN);
    expect(html).not.toMatch(NOTICE);
  }
  await reviewer.context().close();
});
