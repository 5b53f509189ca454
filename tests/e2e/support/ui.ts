import type { Page } from '@playwright/test';

/** Our own alerts, not Next.js's (empty) route announcer, which also has role=alert. */
export const alertIn = (page: Page) => page.getByRole('alert').filter({ hasText: /\S/ });

/**
 * Waits until React has hydrated the page. A cached public page loads its scripts only once the visitor
 * moves, touches, types or scrolls (lib/http/public-render.mjs), so this moves the mouse first, as a
 * visitor would; then <html data-hydrated> (set by the outermost client component's effect) says every
 * component's effects have run. The header's look no longer tells: it is right in the HTML.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.mouse.move(2, 2);
  await page.mouse.move(3, 3);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-hydrated'));
}
