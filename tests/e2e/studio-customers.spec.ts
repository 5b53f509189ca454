import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './support/auth';
import { linkIn, waitForMail } from './support/mailbox';
import { alertIn } from './support/ui';

// Studio → Customers on the demo data: the vendor owner creates "Umbrella" and invites its owner, who joins
// from the email; suspending sends her open page to /suspended and refuses her sign-in; reactivating lets
// her back; deleting offers the export first (the audit log verifies offline) and needs the slug typed.

const run = promisify(execFile);

async function download(page: Page, name: string, dir: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
  const target = path.join(dir, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

test('vendor owner creates a customer, invites its owner, suspends, reactivates and deletes it with an export', async ({
  page,
  browser,
}, testInfo) => {
  test.setTimeout(240_000);
  const since = new Date();
  const ownerEmail = 'olga@umbrella.example';
  const password = 'umbrella owner passphrase 2026';

  await signIn(page, 'owner@acme.example', DEMO_PASSWORD, '/studio/customers');
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Studio' }).getByRole('link', { name: 'Customers' })).toBeVisible();

  const create = page.getByRole('form', { name: 'Create a customer organization' });
  await create.getByLabel('Organization name').fill('Umbrella');
  await create.getByLabel('Slug').fill('Umbrella Corp!');
  await create.getByLabel('Email domains (optional)').fill('umbrella.example');
  await create.getByLabel('First owner’s email').fill(ownerEmail);
  await create.getByRole('button', { name: 'Create organization' }).click();
  await expect(
    create.getByText('Use lower-case letters, digits and single hyphens, e.g. “umbrella-corp”.', { exact: true }),
  ).toBeVisible();
  // What was typed is kept; fix the slug only.
  await expect(create.getByLabel('Organization name')).toHaveValue('Umbrella');
  await create.getByLabel('Slug').fill('globex');
  await create.getByRole('button', { name: 'Create organization' }).click();
  await expect(create.getByText('Already used by another organization.', { exact: true })).toBeVisible();
  await create.getByLabel('Slug').fill('umbrella');
  await create.getByRole('button', { name: 'Create organization' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Umbrella was created and ${ownerEmail} was invited as its Owner.` }),
  ).toBeVisible();
  const row = page
    .getByRole('table', { name: 'Customer organizations' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: 'Umbrella', exact: true }) });
  await expect(row).toContainText('Active');
  await expect(row).toContainText('1 invited');
  await expect(row).toContainText('Never');

  // The invitee joins from the email.
  const mail = await waitForMail(ownerEmail, /invited you to Umbrella on Acme Mail$/, since);
  expect(mail.text).toContain('as Owner');
  const olgaContext = await browser.newContext();
  const olga = await olgaContext.newPage();
  await olga.goto(linkIn(mail, '/invitation?token='));
  await expect(olga.getByRole('heading', { level: 1, name: 'Join Umbrella' })).toBeVisible();
  await olga.getByLabel('Your name').fill('Olga Umbrella');
  await olga.getByLabel('Choose a password').fill(password);
  await olga.getByLabel('Confirm new password').fill(password);
  await olga.getByRole('button', { name: 'Create account and join Umbrella' }).click();
  await expect(olga).toHaveURL(/\/account\?welcome=1$/);

  // Suspend: her open page goes to /suspended on the next request; sign-in is refused with whom to contact.
  await row.getByRole('link', { name: 'Umbrella', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Umbrella' })).toBeVisible();
  await page.getByRole('button', { name: 'Suspend organization' }).click();
  await expect(
    page.getByRole('status').filter({
      hasText: 'Umbrella is suspended: its members were signed out (1 session ended) and its owners emailed.',
    }),
  ).toBeVisible();
  await olga.reload();
  await expect(olga).toHaveURL(/\/suspended$/);
  await expect(olga.getByRole('heading', { level: 1, name: 'Organization suspended' })).toBeVisible();
  await expect(
    olga.getByText('Umbrella is suspended. Contact support@acme.example to have it reactivated.'),
  ).toBeVisible();
  await olga.goto('/login');
  await olga.getByLabel('Email').fill(ownerEmail);
  await olga.getByLabel('Password').fill(password);
  await olga.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(alertIn(olga)).toContainText('Umbrella is suspended. Contact support@acme.example');

  // Reactivate: she signs in again.
  await page.getByRole('button', { name: 'Reactivate organization' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Umbrella is active again; its owners were emailed.' }),
  ).toBeVisible();
  await signIn(olga, ownerEmail, password);

  // Delete: export first (the audit log verifies as a complete chain), then the slug typed.
  const danger = page.getByRole('region', { name: 'Delete' });
  const data = await download(page, 'Download organization data (JSON)', testInfo.outputDir);
  expect(path.basename(data)).toMatch(/^organization-umbrella-.*\.json$/);
  const audit = await download(page, 'Download audit log (JSON Lines)', testInfo.outputDir);
  const { stdout } = await run(process.execPath, ['scripts/verify-audit-export.mjs', '--complete', audit]);
  expect(stdout).toMatch(
    /✔ \d+ events verified; \d+ links between consecutive lines checked \(complete chain from its genesis to the head #\d+\)\./,
  );
  await danger.getByLabel('Type the slug to confirm').fill('Umbrella');
  await danger.getByRole('button', { name: 'Delete organization' }).click();
  await expect(danger.getByText('Type “umbrella” to confirm.', { exact: true })).toBeVisible();
  await danger.getByLabel('Type the slug to confirm').fill('umbrella');
  await danger.getByRole('button', { name: 'Delete organization' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Umbrella is scheduled for deletion. It can be restored for 30 days.' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Restore organization' })).toBeVisible();
  await expect(page.getByText('Pending deletion')).toBeVisible();
  await olga.reload();
  await expect(olga).toHaveURL(/\/suspended$/);
  await expect(
    olga.getByText('Umbrella is scheduled for deletion and can no longer be used.', { exact: false }),
  ).toBeVisible();
  await olgaContext.close();
});

test('without JavaScript: create a customer and suspend it with plain form posts', async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, 'owner@acme.example', DEMO_PASSWORD, '/studio/customers');
  const noJs = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const plain = await noJs.newPage();
  await plain.goto('/studio/customers');
  const create = plain.getByRole('form', { name: 'Create a customer organization' });
  await create.getByLabel('Organization name').fill('Hooli');
  await create.getByLabel('Slug').fill('hooli');
  await create.getByLabel('First owner’s email').fill('gavin@hooli.example');
  await create.getByRole('button', { name: 'Create organization' }).click();
  await expect(
    plain
      .getByRole('status')
      .filter({ hasText: 'Hooli was created and gavin@hooli.example was invited as its Owner.' }),
  ).toBeVisible();
  await plain.getByRole('table', { name: 'Customer organizations' }).getByRole('link', { name: 'Hooli' }).click();
  await plain.getByRole('button', { name: 'Suspend organization' }).click();
  await expect(plain.getByRole('status').filter({ hasText: 'Hooli is suspended' })).toBeVisible();
  await expect(plain.getByRole('button', { name: 'Reactivate organization' })).toBeVisible();
  await noJs.close();
});
