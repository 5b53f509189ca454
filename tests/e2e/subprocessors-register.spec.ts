import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/auth';

// Issue 10: the public sub-processor register (filters, as-of view, history) and the studio's change
// editor (draft, live preview, publish with notice) — the published change shows as upcoming and is
// absent from today's list.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axe = async (page: Page) =>
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
const shots = process.env.REGISTER_SCREENSHOTS;
const shoot = async (page: Page, name: string) => {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
};

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${iso}T00:00:00Z`),
  );

test.use({ viewport: { width: 1280, height: 800 } });

test('the public register filters by country and mechanism, shows any past date, and lists its history', async ({
  page,
}) => {
  await page.goto('/subprocessors');
  await expect(page.getByRole('heading', { level: 1, name: 'Sub-processors' })).toBeVisible();
  await expect(page.getByRole('table', { name: /^Sub-processors today: 12/ })).toBeVisible();
  await axe(page);
  await shoot(page, 'subprocessors');

  const search = page.getByRole('search', { name: 'Filter sub-processors' });
  await search.getByLabel('Country').selectOption({ label: 'United States' });
  await search.getByLabel('Transfer mechanism').selectOption({ label: 'Standard contractual clauses (2021)' });
  await search.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/country=US/);
  const table = page.getByRole('table', { name: /^Sub-processors today: 3 of 12/ });
  await expect(table.getByRole('rowheader')).toHaveText([/Acme Mail Inc/, /Corvid Security/, /Shieldwall Edge/]);

  // Sorting by a column header (a plain link), then reversing it.
  await table.getByRole('link', { name: /^Since/ }).click();
  await expect(page.getByRole('columnheader', { name: /Since/ })).toHaveAttribute('aria-sort', 'ascending');
  await expect(page.getByRole('table').first().getByRole('rowheader').first()).toHaveText(/Acme Mail Inc/);

  // As of 1 March 2020: only the four engaged before then.
  await page.goto('/subprocessors');
  await page.getByLabel('Show the list as of').fill('2020-03-01');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('table', { name: /^Sub-processors on 1 March 2020: 4$/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /Processing locations/ }).getByRole('row')).toHaveCount(5);

  // Before the first engagement: the page says so instead of "no match" and an empty locations table.
  await page.goto('/subprocessors?as_of=1990-01-01');
  await expect(page.getByText('We used no sub-processors on 1 January 1990.')).toBeVisible();
  await expect(page.getByText('No personal data was processed by sub-processors on 1 January 1990.')).toBeVisible();
  await expect(page.getByRole('table', { name: /Processing locations/ })).toHaveCount(0);

  // Unknown sort keys, including names of Object.prototype, fall back to sorting by name.
  for (const sort of ['foo', 'constructor', '__proto__']) {
    expect((await page.goto(`/subprocessors?sort=${sort}`))!.status(), sort).toBe(200);
  }

  await page.goto('/subprocessors?as_of=2020-02-31');
  await expect(page.getByRole('alert').filter({ hasText: '“2020-02-31” is not a date' })).toBeVisible();

  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sub-processor history' })).toBeVisible();
  await axe(page);
});

test('staff add a sub-processor effective in 31 days and publish it: it is upcoming, and not in today’s list', async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const effective = day(31);
  const name = `Quillpost Archive ${Date.now().toString(36)} GmbH`;
  await signIn(page, 'compliance@acme.example', undefined, '/studio/subprocessors');
  await expect(page.getByRole('heading', { level: 1, name: 'Sub-processors' })).toBeVisible();
  await page.getByRole('link', { name: 'New change' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New change' })).toBeVisible();

  await page.getByLabel('Summary').fill(`Adding ${name} for message archiving.`);
  await page.getByLabel('Effective date').fill(effective);
  await page.getByRole('button', { name: 'Add sub-processor' }).click();
  const form = page.getByRole('group', { name: 'New sub-processor' });
  // Keyboard users land in the form that replaced the button, and back on the list after adding.
  await expect(form.getByLabel('Legal entity name')).toBeFocused();
  // Nothing filled in: the form says what is missing, next to each field.
  await form.getByRole('button', { name: 'Add to change' }).click();
  await expect(form.getByRole('alert')).toContainText('Some fields need attention');
  await expect(form.getByText('Enter the legal entity name.')).toBeVisible();

  await form.getByLabel('Legal entity name').fill(name);
  await expect(form.getByLabel('Public id')).toHaveValue(/^quillpost-archive-/);
  await form.getByLabel('Purpose').fill('Long-term archiving of customer messages for legal hold.');
  await form.getByLabel('Data categories').fill('Message content, Recipient contact data');
  await form.getByLabel('Data subjects').fill('Message recipients');
  await form.getByLabel('Processing locations').fill('DE, US');
  await form.getByLabel('Transfer mechanism').selectOption({ label: 'None needed (EEA only)' });
  await form.getByLabel('Website').fill('https://quillpost.example');
  await form.getByLabel('DPA or privacy link').fill('https://quillpost.example/dpa');
  await form.getByRole('button', { name: 'Add to change' }).click();
  await expect(form.getByText('US is outside the EEA: choose the transfer mechanism that covers it.')).toBeVisible();
  await form.getByLabel('Transfer mechanism').selectOption({ label: 'Standard contractual clauses (2021)' });
  await form.getByLabel('SCC module').selectOption({ label: 'Module 3 (processor to processor)' });
  await form.getByRole('button', { name: 'Add to change' }).click();

  await expect(page.getByRole('list', { name: 'Operations' })).toContainText(`Add ${name}`);
  await expect(page.getByRole('heading', { name: 'Operations' })).toBeFocused();
  const preview = page.getByRole('region', { name: 'Preview of the change' });
  await expect(preview.getByRole('heading', { name: 'Added' })).toBeVisible();
  await expect(preview).toContainText(name);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible();
  await expect(page).toHaveURL(/\/studio\/subprocessors\/changes\/[0-9a-f-]{36}(\?saved=1)?$/);
  // Saved once, it is a draft like any other: the heading says so without a reload.
  await expect(page.getByRole('heading', { level: 1, name: 'Edit change' })).toBeVisible();
  await axe(page);
  await shoot(page, 'studio-change-editor');

  await page.getByRole('button', { name: 'Publish change' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish this change?' });
  await expect(dialog).toContainText(`It takes effect on ${longDate(effective)}`);
  await expect(dialog).toContainText('Subscribers will be notified');
  await shoot(page, 'studio-publish-dialog');
  await dialog.getByRole('button', { name: 'Publish' }).click();
  await expect(page).toHaveURL(/\/studio\/subprocessors\?published=\d+$/);
  const number = new URL(page.url()).searchParams.get('published')!;
  await expect(page.getByRole('status').filter({ hasText: `Change #${number} published` })).toBeVisible();
  await shoot(page, 'studio-subprocessors');

  // The public list: upcoming with its objection deadline; not in today's list; in the list as of its date.
  await page.goto('/subprocessors');
  const upcoming = page.getByRole('region', { name: 'Upcoming changes' });
  await expect(upcoming).toContainText(name);
  await expect(upcoming).toContainText(`Objections until ${longDate(day(30))}`);
  await shoot(page, 'subprocessors-upcoming');
  await expect(page.getByRole('table', { name: /^Sub-processors today/ })).not.toContainText(name);
  await page.getByLabel('Show the list as of').fill(effective);
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(
    page.getByRole('table', { name: new RegExp(`^Sub-processors on ${longDate(effective)}`) }),
  ).toContainText(name);
  await page.getByLabel('Show the list as of').fill(day(0));
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('table', { name: /^Sub-processors today/ })).not.toContainText(name);

  await page.goto('/subprocessors/history');
  await expect(page.getByRole('article', { name: new RegExp(`Notice #${number}:`) })).toContainText('Upcoming');
  await shoot(page, 'subprocessors-history');

  // The notice and the machine-readable register agree.
  await page.goto(`/subprocessors/notices/${number}`);
  await expect(page.getByRole('heading', { level: 1, name: `Sub-processor notice #${number}` })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'How to object' })
      .getByRole('link', { name: 'file an objection after signing in' }),
  ).toHaveAttribute('href', `/account/subprocessor-notices/${number}`);
  await axe(page);
  await shoot(page, 'subprocessor-notice');
  const json = await (await request.get(`/subprocessors.json?as_of=${effective}`)).json();
  expect(json.subprocessors.map((s: { legalName: string }) => s.legalName)).toContain(name);
  const today = await (await request.get('/subprocessors.json')).json();
  expect(today.subprocessors.map((s: { legalName: string }) => s.legalName)).not.toContain(name);
  expect(today.upcomingChanges.map((c: { number: number }) => c.number)).toContain(Number(number));
  expect((await request.get('/subprocessors.json?as_of=tomorrow')).status()).toBe(400);
});

test('staff draft a field change and a removal, meet a concurrent edit, and discard the draft', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  const summary = `New Amsterdam region, SMS provider retired ${Date.now().toString(36)}`;
  await signIn(page, 'compliance@acme.example', undefined, '/studio/subprocessors/changes/new');
  await page.getByLabel('Summary').fill(summary);
  await page.getByLabel('Effective date').fill(day(45));

  await page.getByRole('button', { name: 'Change a sub-processor' }).click();
  const change = page.getByRole('group', { name: 'Change a sub-processor' });
  await change.getByLabel('Sub-processor').selectOption({ label: 'Nimbus Cloud Services Ireland Ltd.' });
  await expect(change.getByLabel('Processing locations')).toHaveValue('DE, IE');
  await change.getByLabel('Processing locations').fill('DE, IE, NL');
  await change.getByRole('button', { name: 'Add to change' }).click();

  await page.getByRole('button', { name: 'Remove a sub-processor' }).click();
  const remove = page.getByRole('group', { name: 'Remove a sub-processor' });
  await remove.getByLabel('Sub-processor').selectOption({ label: 'Telvora Communications Ltd.' });
  await expect(remove).toContainText(`Last day in use: ${longDate(day(44))}`);
  await remove.getByRole('button', { name: 'Add to change' }).click();

  const operations = page.getByRole('list', { name: 'Operations' });
  await expect(operations.getByRole('listitem')).toHaveText([
    /Change Nimbus Cloud Services Ireland Ltd\.: Processing locations/,
    /Remove Telvora Communications Ltd\./,
  ]);
  const preview = page.getByRole('region', { name: 'Preview of the change' });
  await expect(preview).toContainText('Germany, Ireland → Germany, Ireland, Netherlands');
  await expect(preview.getByRole('heading', { name: 'Removed' })).toBeVisible();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible();
  const draftUrl = page.url().split('?')[0]!;

  // Someone else saves the same draft in another tab: this tab's next save is refused, nothing is lost.
  const other = await context.newPage();
  await other.goto(draftUrl);
  await other.getByLabel('Summary').fill(`${summary} (edited)`);
  await other.getByRole('button', { name: 'Save draft' }).click();
  await expect(other.getByRole('status').filter({ hasText: 'Draft saved.' })).toBeVisible();
  await other.close();
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: 'Someone saved this draft after you opened it' }),
  ).toBeVisible();

  await page.goto('/studio/subprocessors');
  await page
    .getByRole('table', { name: 'Change drafts' })
    .getByRole('link', { name: `${summary} (edited)` })
    .click();
  await expect(page.getByRole('list', { name: 'Operations' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await page.getByRole('dialog', { name: 'Discard this draft?' }).getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Draft discarded.' })).toBeVisible();
  await expect(page.getByText(summary)).toHaveCount(0);
});
