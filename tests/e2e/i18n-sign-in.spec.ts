import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { seedOrganization, SEED_PASSWORD } from './support/seed';
import { codeFromKey } from './support/totp';

// Issue 18: "the sign-in pages … in the visitor's language". A German visitor at /de/login gets German field
// errors (the zod schema's texts, through errors.fields) and, with an account that has an authenticator app,
// the second step in German: heading, labels, the other ways in, and a wrong code's message.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axe = async (page: Page) =>
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);

test('a German visitor at /de/login gets German field errors and the second factor step in German', async ({
  page,
}) => {
  test.setTimeout(150_000);
  const { owner } = await seedOrganization('i18n sign-in');

  // The account gets an authenticator app (in the console, which is English).
  await page.goto('/login?next=%2Faccount%2Fsecurity');
  await page.getByLabel('Email').fill(owner.email);
  await page.getByLabel('Password').fill(SEED_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/account\/security$/, { timeout: 20_000 });
  await page.getByRole('button', { name: 'Set up authenticator app' }).click();
  const sudo = page.getByRole('dialog', { name: 'Confirm it’s you' });
  await sudo.getByLabel('Your password').fill(SEED_PASSWORD);
  await sudo.getByRole('button', { name: 'Confirm' }).click();
  const setup = page.getByRole('dialog', { name: 'Set up your authenticator app' });
  const key = (await setup.getByTestId('totp-key').textContent())!.trim();
  const enrolled = await codeFromKey(key);
  await setup.getByLabel('Enter the 6-digit code the app shows').fill(enrolled.code);
  await setup.getByRole('button', { name: 'Turn on' }).click();
  const saved = page.getByRole('dialog', { name: 'Save your recovery codes' });
  await saved.getByRole('button', { name: 'I have saved them' }).click();
  await page.getByRole('button', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1$/);

  // /de/login: German labels, and German messages beside the fields the server refused.
  await page.goto('/de/login');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
  await page.getByLabel('E-Mail-Adresse').fill('kein-at-zeichen');
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(page.getByLabel('E-Mail-Adresse')).toHaveAccessibleDescription(
    /Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@example\.com\./,
  );
  await expect(page.getByLabel('Passwort', { exact: true })).toHaveAccessibleDescription(
    /Geben Sie Ihr Passwort ein\./,
  );
  await expect(page.getByText('Enter your password.')).toHaveCount(0);

  // The password step, then the second factor in German.
  await page.getByLabel('E-Mail-Adresse').fill(owner.email);
  await page.getByLabel('Passwort', { exact: true }).fill(SEED_PASSWORD);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Zwei-Faktor-Authentifizierung' })).toBeFocused({ timeout: 20_000 });
  await expect(page.getByText('Geben Sie den 6-stelligen Code aus Ihrer Authenticator-App ein.')).toBeVisible();
  await expect(page.getByText('Andere Anmeldemöglichkeiten')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Wiederherstellungscode verwenden' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Abbrechen und neu beginnen' })).toBeVisible();
  await axe(page);

  // A wrong code: refused beside the field, in German.
  const field = page.getByLabel('Bestätigungscode');
  await field.fill('000000');
  await page.getByRole('button', { name: 'Bestätigen', exact: true }).click();
  await expect(field).toHaveAccessibleDescription(
    /Dieser Code ist ungültig\. Geben Sie den neuesten Code aus Ihrer Authenticator-App ein\./,
  );

  // The recovery code form, in German too.
  await page.getByRole('button', { name: 'Wiederherstellungscode verwenden' }).click();
  await expect(page.getByLabel('Wiederherstellungscode')).toHaveAccessibleDescription(
    /Er hat die Form ABCD-EFGH-JKMN-PQRS\./,
  );
  await page.getByRole('button', { name: 'Authenticator-App verwenden' }).click();

  // The right code signs in.
  const { code } = await codeFromKey(key, enrolled.step);
  await page.getByLabel('Bestätigungscode').fill(code);
  await page.getByRole('button', { name: 'Bestätigen', exact: true }).click();
  await expect(page).toHaveURL(/\/account$/, { timeout: 20_000 });
});
