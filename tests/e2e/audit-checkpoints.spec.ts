// Issue 21, finding 1, end to end: the viewer shows the signed chain head, and an unfiltered JSON Lines
// export verifies as complete against the server's published key, but not once its first lines are cut.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD } from './support/auth';

function verify(...args: string[]): { code: number; out: string } {
  try {
    return {
      code: 0,
      out: execFileSync(process.execPath, ['scripts/verify-audit-export.mjs', ...args], {
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

test('[R29] the viewer shows the signed head; a cut export fails --complete against the published key', async ({
  page,
  baseURL,
}) => {
  // Signed in here rather than with support/auth's signIn: a sign-in (argon2id) on a loaded machine can take
  // longer than its 7 seconds.
  test.setTimeout(180_000);
  await page.goto('/login?next=%2Faccount%2Faudit-log');
  await page.getByLabel('Email').fill('owner@globex.example');
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page).toHaveURL(/\/account\/audit-log$/, { timeout: 60_000 });
  const head = page.getByRole('region', { name: 'Signed chain head' });
  await expect(head).toBeVisible();
  await expect(head.getByText(/^#\d+$/)).toBeVisible();

  // A few more events, so that cutting three lines still leaves events and the checkpoint.
  for (let i = 0; i < 3; i++) {
    await page.getByRole('button', { name: 'Verify integrity' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Integrity verified' })).toBeVisible({ timeout: 30_000 });
    await page.reload();
  }

  const res = await page.request.get(
    (await page.getByRole('link', { name: 'Export JSON Lines (verifiable)' }).getAttribute('href')) as string,
  );
  expect(res.status()).toBe(200);
  const text = await res.text();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-audit-'));
  try {
    const full = path.join(dir, 'export.jsonl');
    fs.writeFileSync(full, text);
    const key = `${baseURL}/.well-known/audit-checkpoint-key`;
    const ok = verify('--complete', '--key', key, full);
    expect(ok.out).toMatch(/complete chain from its genesis to the head #\d+/);
    expect(ok.code).toBe(0);

    // The reproduction from the issue: tail -n +4 export.jsonl > cut.jsonl
    const cut = path.join(dir, 'cut.jsonl');
    fs.writeFileSync(cut, `${text.split('\n').slice(3).join('\n')}`);
    const bad = verify('--complete', '--key', key, cut);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/missing head: export starts at seq \d+ but the chain starts at seq \d+ at its genesis/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
