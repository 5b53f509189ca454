import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { signIn } from './support/auth';
import { linkIn, waitForMail } from './support/mailbox';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axe = async (page: Page) =>
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
const shots = process.env.DOCS_SCREENSHOTS;

async function shoot(page: Page, name: string) {
  if (!shots) return;
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.screenshot({ path: `${shots}/${name}-${scheme}.png`, fullPage: true });
  }
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 360, height: 800 });
  await page.screenshot({ path: `${shots}/${name}-360.png`, fullPage: true });
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: 'light' });
}

test('a prospect requests a gated document, staff approve, the copy is watermarked, revocation ends access', async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const email = `pat-${Date.now()}@prospect.example`;
  const since = new Date();

  // The public library: public files download, gated ones are requested.
  await page.goto('/documents');
  await expect(page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
  await axe(page);
  await shoot(page, 'documents');
  await page.getByRole('link', { name: /Request access\s*:\s*SOC 2 Type II/ }).click();

  await expect(page.getByRole('checkbox', { name: /SOC 2 Type II/ })).toBeChecked();
  await page.getByRole('button', { name: 'Request documents' }).click();
  await expect(page.getByText('Accept the non-disclosure terms to continue.')).toBeVisible();
  await page.getByLabel('Full name').fill('Pat Prospect');
  await page.getByLabel('Work email').fill(email);
  await page.getByLabel('Company', { exact: true }).fill('Prospect GmbH');
  await page.getByLabel('Why do you need the documents?').fill('Security review before moving our mail to Acme.');
  await page.getByLabel(/I have read and accept/).check();
  await axe(page);
  await shoot(page, 'request');
  await page.getByRole('button', { name: 'Request documents' }).click();
  await expect(page.getByRole('heading', { name: 'Check your email' })).toBeFocused();

  const verify = await waitForMail(email, /Confirm your email/, since);
  await page.goto(linkIn(verify, '/documents/verify?token='));
  await page.getByRole('button', { name: 'Confirm my email address' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'with our team' })).toBeVisible();

  // Staff approve for 30 days.
  const staffContext = await browser.newContext();
  const staff = await staffContext.newPage();
  await signIn(staff, 'compliance@acme.example', undefined, '/studio/access-requests');
  const item = staff.getByTestId('access-request').filter({ hasText: email });
  await expect(item).toContainText('Waiting for review');
  await axe(staff);
  await shoot(staff, 'access-requests');
  await item.getByRole('button', { name: 'Approve' }).click();
  await expect(item).toContainText('Approved');
  await staff.goto('/studio/documents');
  await expect(staff.getByRole('link', { name: 'SOC 2 Type II Report, October 2025 to September 2026' })).toBeVisible();
  await axe(staff);
  await shoot(staff, 'studio-documents');
  // Type checks by content: a renamed executable is refused with a specific message, nothing typed is lost.
  await staff.getByLabel('Public id').fill('renamed-exe');
  await staff.getByLabel('Title').fill('Not really a PDF');
  await staff.getByLabel('Category').fill('Other');
  await staff.getByLabel('Version').fill('1');
  await staff.getByLabel('Description').fill('An executable renamed to look like a report.');
  await staff.getByLabel('File').setInputFiles({
    name: 'report.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(512)]),
  });
  await staff.getByRole('button', { name: 'Upload document' }).click();
  await expect(staff.getByText(/This file is a program \(executable\)/)).toBeVisible();
  await expect(staff.getByLabel('Title')).toHaveValue('Not really a PDF');
  await staff.goto('/studio/access-requests');
  await expect(item).toContainText('Approved');

  // The magic link opens the viewer; the PDF carries the watermark.
  const granted = await waitForMail(email, /Your access to/, since);
  await page.goto(linkIn(granted, '/documents/access?token='));
  await page.getByRole('button', { name: 'Open the documents' }).click();
  await expect(page.getByRole('heading', { name: 'Your documents' })).toBeVisible();
  await axe(page);
  await shoot(page, 'viewer');
  const link = page.getByRole('link', { name: /Download\s*:\s*SOC 2 Type II/ });
  const href = (await link.getAttribute('href'))!;
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const pdf = new Uint8Array(fs.readFileSync((await download.path())!));
  const { text } = await extractText(await getDocumentProxy(pdf), { mergePages: true });
  expect(text).toContain(email);
  expect(text).toContain('Prospect GmbH');
  expect(text).toContain('soc2-type2-report');

  // Revocation ends access on the next request, with a page that says so.
  await staff
    .getByTestId('access-request')
    .filter({ hasText: email })
    .getByRole('button', { name: /Revoke access/ })
    .click();
  await expect(staff.getByTestId('access-request').filter({ hasText: email })).toContainText('revoked');
  await page.goto(href);
  await expect(page.getByRole('heading', { level: 1, name: 'Your access was revoked' })).toBeVisible();
  await page.goto('/documents/viewer');
  await expect(page.getByRole('heading', { level: 1, name: 'Your access was revoked' })).toBeVisible();
  await axe(page);
  await shoot(page, 'access-ended');
  await staffContext.close();
});

test('a 12 MB document arrives whole through the proxy (its body buffer holds the largest allowed upload)', async ({
  page,
  baseURL,
}) => {
  await signIn(page, 'compliance@acme.example', undefined, '/studio/documents');
  // A PNG by its magic bytes, then 12 MB of filler: over Next's default 10 MB proxy buffer, under our 25 MB.
  const bytes = Buffer.alloc(12 * 1024 * 1024, 0x41);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
  const res = await page.request.post('/studio/documents/upload', {
    headers: { origin: new URL(baseURL!).origin, accept: 'application/json' },
    multipart: {
      slug: 'network-diagram-large',
      title: 'Network diagram (large scan)',
      category: 'Architecture',
      description: 'A large scanned network diagram, uploaded to prove big files arrive whole.',
      version: '2026-12',
      visibility: 'GATED',
      file: { name: 'diagram.png', mimeType: 'image/png', buffer: bytes },
    },
  });
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.data.file.size).toBe(bytes.length);
});
