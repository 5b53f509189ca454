import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'demo-Trust-center-2026';

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD, next = '/account') {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, '\\$&')}$`));
}
