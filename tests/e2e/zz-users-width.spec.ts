// TEMPORARY: find what overflows at 360 px (deleted after use).
import { test } from '@playwright/test';
import { signIn } from './support/auth';

test('widths', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 900 });
  await signIn(page, 'owner@globex.example');
  for (const url of ['/account/users', '/account/security', '/account/support-access']) {
    await page.goto(url);
    const report = await page.evaluate(() => {
      const out: string[] = [`doc ${document.documentElement.scrollWidth}`];
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        const r = (el as HTMLElement).getBoundingClientRect();
        if (r.right > 362 && !(el.closest('.overflow-x-auto') && el.closest('.overflow-x-auto') !== el)) out.push(`${el.tagName}.${(el as HTMLElement).className.slice(0, 60)} right=${Math.round(r.right)} w=${Math.round(r.width)}`);
      }
      return out.slice(0, 12).join('\n');
    });
    console.log(url, '\n', report);
  }
});
