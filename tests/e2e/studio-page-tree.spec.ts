import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';

// The page tree's structural changes on a page of our own (demo pages are linked from others, so renaming
// or deleting them is refused — that refusal is covered too). The page is deleted at the end.

const TITLE = 'Retention schedule';

test.describe('studio: page tree', () => {
  test('a new page is created, renamed, moved and deleted; a linked page cannot be deleted', async ({ page }) => {
    const suffix = Date.now().toString(36);
    await signIn(page, 'compliance@acme.example', undefined, '/studio/pages');

    await page.getByRole('button', { name: 'New page' }).click();
    const create = page.getByRole('dialog', { name: 'New page' });
    await create.getByLabel('Section').selectOption({ label: 'Data protection & compliance' });
    await create.getByLabel('Slug').fill(`retention-${suffix}`);
    await create.getByLabel('Title').fill(TITLE);
    await create.getByLabel('Description').fill('How long Acme Mail keeps each kind of customer data.');
    await create.getByRole('button', { name: 'Create page' }).click();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

    // Not published yet: prospects get a 404.
    const anonymous = await page.context().browser()!.newPage();
    expect((await anonymous.goto(`/data-protection/retention-${suffix}`))!.status()).toBe(404);

    await page.goto('/studio/pages');
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: TITLE, exact: true }) });
    await expect(row.getByText('Not published')).toBeVisible();

    await row.getByRole('button', { name: `Rename ${TITLE}` }).click();
    const rename = page.getByRole('dialog');
    await rename.getByLabel('Slug').fill(`data-retention-${suffix}`);
    await rename.getByRole('button', { name: 'Rename' }).click();
    await expect(row.getByText(`/data-protection/data-retention-${suffix}`)).toBeVisible();

    await row.getByRole('button', { name: `Move ${TITLE}` }).click();
    const move = page.getByRole('dialog');
    await move.getByLabel('Section').selectOption({ label: 'Certifications & audits' });
    await move.getByRole('button', { name: 'Move' }).click();
    await expect(page.getByRole('row').filter({ hasText: `/certifications/data-retention-${suffix}` })).toBeVisible();

    const moved = page.getByRole('row').filter({ hasText: `/certifications/data-retention-${suffix}` });
    await moved.getByRole('button', { name: `Delete ${TITLE}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete page' }).click();
    await expect(page.getByRole('link', { name: TITLE, exact: true })).toHaveCount(0);

    // The DPA is linked from other pages: deleting it is refused with the reason.
    const dpa = page
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: 'Data processing agreement', exact: true }) });
    await dpa.getByRole('button', { name: 'Delete Data processing agreement' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete page' }).click();
    await expect(page.getByText(/Other pages link to this page/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Data processing agreement', exact: true })).toBeVisible();
  });
});
