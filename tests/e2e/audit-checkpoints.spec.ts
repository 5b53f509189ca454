// Issue 21, finding 1, end to end: the viewer shows the signed chain head, and an unfiltered JSON Lines
// export verifies as complete against the server's published key, but not once its first lines are cut.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signIn } from './support/auth';

function verify(...args: string[]): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, ['scripts/verify-audit-export.mjs', ...args], { encoding: 'utf8', stdio: 'pipe' }) };
  } catch (err) {
    const e = err as { status: number; stdout: string; stderr: string };
    return { code: e.status, out: `${e.stdout}${e.stderr}` };
  }
}

test('[R29] the viewer shows the signed head; a cut export fails --complete against the published key', async ({ page, baseURL }) => {
  await signIn(page, 'owner@globex.example');
  await page.goto('/account/audit-log');
  const head = page.getByRole('region', { name: 'Signed chain head' });
  await expect(head).toBeVisible();
  await expect(head.getByText(/^#\d+$/)).toBeVisible();

  const res = await page.request.get(await page.getByRole('link', { name: 'Export JSON Lines (verifiable)' }).getAttribute('href') as string);
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
