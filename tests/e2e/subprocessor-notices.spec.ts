import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './support/auth';
import { linkIn, waitForMail } from './support/mailbox';

// Issue 10 acceptance: a prospect subscribes (double opt-in), staff publish a sub-processor effective in
// 30 days, the prospect gets the notice email with the diff, the feeds list it, the public page shows it
// as upcoming, and the register as of today does not include it yet.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axe = async (page: Page) =>
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test('staff publish a new sub-processor; a subscribed prospect, the feeds and the public page learn of it', async ({
  browser,
  page,
}) => {
  test.setTimeout(150_000);
  const stamp = Date.now();
  const email = `riley-${stamp}@prospect.example`;
  const legalName = `Quillfeather Analytics ${stamp} GmbH`;
  const summary = `Adding Quillfeather Analytics ${stamp} for delivery analytics`;
  const since = new Date();

  // The prospect subscribes and confirms (nothing is sent before confirming).
  await page.goto('/subprocessors/subscribe');
  await expect(page.getByRole('heading', { level: 1, name: 'Subscribe to sub-processor changes' })).toBeVisible();
  await axe(page);
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByRole('heading', { name: 'Check your inbox' })).toBeFocused();
  const confirmation = await waitForMail(email, /Confirm your subscription/, since);
  await page.goto(linkIn(confirmation, '/subprocessors/subscribe/confirm?token='));
  await axe(page);
  await page.getByRole('button', { name: 'Confirm subscription' }).click();
  await expect(page.getByRole('heading', { name: 'Subscription confirmed' })).toBeFocused();

  // Staff draft the addition, effective in 30 days, and publish it.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, 'compliance@acme.example', undefined, '/studio/subprocessors');
  await staff.getByRole('link', { name: 'New change' }).click();
  await staff.getByLabel('Summary').fill(summary);
  await staff.getByLabel('Effective date').fill(day(30));
  await staff.getByRole('button', { name: 'Add sub-processor' }).click();
  await staff.getByLabel('Legal entity name').fill(legalName);
  await staff.getByLabel('Purpose').fill('Delivery analytics for outbound mail');
  await staff.getByLabel('Data categories').fill('Email metadata');
  await staff.getByLabel('Data subjects').fill('Message recipients');
  await staff.getByLabel('Processing locations').fill('DE');
  await staff.getByLabel('Transfer mechanism').selectOption({ label: 'None needed (EEA only)' });
  await staff.getByLabel('Website').fill('https://quillfeather.example');
  await staff.getByLabel('DPA or privacy link').fill('https://quillfeather.example/dpa');
  await staff.getByRole('button', { name: 'Add to change' }).click();
  await expect(staff.getByRole('region', { name: 'Preview of the change' })).toContainText(legalName);
  await staff.getByRole('button', { name: 'Publish change' }).click();
  await staff
    .getByRole('dialog', { name: 'Publish this change?' })
    .getByRole('button', { name: 'Publish', exact: true })
    .click();
  const published = staff.getByRole('status').filter({ hasText: /Change #\d+ published/ });
  await expect(published).toBeVisible({ timeout: 15_000 });
  const number = Number(/#(\d+)/.exec((await published.textContent()) ?? '')![1]);

  // The notice email, with the diff, the dates, how to object and the unsubscribe link.
  const notice = await waitForMail(email, new RegExp(`Sub-processor change notice #${number}: `), since);
  expect(notice.subject).toBe(`Sub-processor change notice #${number}: ${summary}`);
  expect(notice.text).toContain('Added:');
  expect(notice.text).toContain(legalName);
  expect(notice.text).toContain('Purpose: Delivery analytics for outbound mail');
  expect(notice.text).toMatch(/Effective date: \d{1,2} \w+ \d{4}/);
  expect(notice.text).toContain(`/subprocessors/notices/${number}`);
  expect(notice.text).toContain('/subprocessors/unsubscribe?subscriber=');

  // The feeds list it.
  const atom = await page.request.get('/subprocessors/notices.atom');
  expect(atom.headers()['content-type']).toContain('application/atom+xml');
  expect(await atom.text()).toContain(`Notice #${number}: ${summary}`);
  const json = await (await page.request.get('/subprocessors/notices.json')).json();
  expect(json.version).toBe('https://jsonfeed.org/version/1.1');
  const item = json.items.find((i: { title: string }) => i.title === `Notice #${number}: ${summary}`);
  expect(item._subprocessor_notice).toMatchObject({ number, effectiveDate: day(30), diff: { added: [{ legalName }] } });

  // The public page shows it as upcoming; the list as of today does not include it yet.
  await page.goto('/subprocessors');
  await expect(page.getByRole('region', { name: 'Upcoming changes' })).toContainText(`Notice #${number}: ${summary}`);
  await page.goto(`/subprocessors?as_of=${day(0)}`);
  await expect(page.getByRole('heading', { level: 2, name: /The list today/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /Sub-processors today/ })).not.toContainText(legalName);
  await page.goto(`/subprocessors?as_of=${day(30)}`);
  await expect(page.getByRole('table', { name: /Sub-processors on/ })).toContainText(legalName);

  // A customer administrator objects from the notice in the account; staff see it in the studio.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signIn(admin, 'admin@globex.example', undefined, '/account/subprocessor-notices');
  await admin.getByRole('link', { name: `#${number}: ${summary}` }).click();
  await expect(admin.getByRole('heading', { level: 1, name: `Notice #${number}: ${summary}` })).toBeVisible();
  await expect(admin.getByRole('region', { name: 'What changes' })).toContainText(legalName);
  await axe(admin);
  const reason = `Run ${stamp}: analytics vendors need our approval first.`;
  await admin.getByLabel('Reason').fill(reason);
  await admin.getByRole('button', { name: 'File objection' }).click();
  await expect(admin.getByText('Your organization objected')).toBeVisible();
  const ack = await waitForMail(
    'admin@globex.example',
    new RegExp(`Objection received: sub-processor change notice #${number}$`),
    since,
  );
  expect(ack.text).toContain(reason);
  await staff.getByRole('link', { name: 'Objections' }).click();
  const row = staff.getByRole('row').filter({ hasText: reason });
  await expect(row).toContainText('Globex');
  await row.getByRole('button', { name: /^Mark acknowledged/ }).click();
  await expect(row).toContainText('Acknowledged');
  await admin.reload();
  await expect(admin.getByText('Status: Acknowledged by our team')).toBeVisible();
  await adminContext.close();

  // Unsubscribing from the email's link works, and says so.
  await page.goto(linkIn(notice, '/subprocessors/unsubscribe?subscriber='));
  await page.getByRole('button', { name: 'Unsubscribe' }).click();
  await expect(page.getByRole('heading', { name: 'You are unsubscribed' })).toBeFocused();
  await staffContext.close();
});
