import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';

// Issue 17: a prospect asks the trust center a security question (no account) and gets the published
// answer with its source; a question the library does not answer reaches the studio's queue.

test.describe('Ask a security question', () => {
  test('a prospect asks about MFA for admins and gets the 2FA answer with its link; the question stays out of the URL', async ({
    page,
  }) => {
    await page.goto('/ask');
    await page.getByRole('textbox', { name: 'Ask a security question' }).fill('Do you enforce MFA for admins?');
    const post = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/ask');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    const response = await post;
    // The answer is this request's own: never cached, never shared.
    expect(response.headers()['cache-control'] ?? '').toMatch(/no-store/);
    const answer = page.locator('section[aria-labelledby="ask-answer"]');
    await expect(answer.getByRole('heading', { level: 2 })).toContainText(/multi-factor|two-factor|2FA|MFA/i);
    await expect(answer.getByRole('heading', { level: 2 })).toContainText('Yes');
    await expect(answer).toContainText(/two-factor authentication/i);
    const source = answer.getByRole('link', { name: /2FA|two-factor|access control/i }).first();
    await expect(source).toHaveAttribute('href', /^\/[a-z-]+\/[a-z-]+#[a-z0-9-]+$/);
    expect(page.url()).not.toContain('MFA');
  });

  test('works without JavaScript: the form posts and the page comes back with the answer', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/ask');
    await page.getByRole('textbox', { name: 'Ask a security question' }).fill('Do you encrypt data at rest?');
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await expect(page.locator('#ask-answer')).toBeVisible();
    expect(new URL(page.url()).search).toBe('');
    await context.close();
  });

  test('an unanswered question says so, offers the contact address, and shows up in the studio queue', async ({
    page,
  }) => {
    const marker = `zanzibarite${Date.now().toString(36)}`;
    const question = `Do you support ${marker} tokens for legacy mainframes?`;
    await page.goto('/ask');
    await page.getByRole('textbox', { name: 'Ask a security question' }).fill(question);
    await page.getByRole('button', { name: 'Ask', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'We have no published answer to that question yet' })).toBeVisible();
    await expect(
      page.locator('section[aria-labelledby="ask-answer"]').getByRole('link', { name: /security@/ }),
    ).toHaveAttribute('href', /^mailto:/);

    await signIn(page, 'compliance@acme.example', undefined, '/studio/answers/asked');
    await expect(page.getByRole('heading', { level: 1, name: 'Asked by prospects' })).toBeVisible();
    const row = page.getByRole('row').filter({ hasText: marker });
    await expect(row).toContainText('1 time');
    await row.getByRole('link', { name: 'Draft an entry' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'New answer' })).toBeVisible();
    await expect(page.getByLabel('Question')).toHaveValue(question);
  });

  test('staff see the library with its filters and the Answers entry in the studio navigation', async ({ page }) => {
    await signIn(page, 'compliance@acme.example', undefined, '/studio/answers');
    await expect(page.getByRole('navigation', { name: 'Studio' }).getByRole('link', { name: 'Answers' })).toBeVisible();
    await page.getByLabel('Search').fill('administrators');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(
      page.getByRole('link', {
        name: 'Is multi-factor authentication enforced for administrators and privileged access?',
      }),
    ).toBeVisible();
  });
});
