import type { Page } from '@playwright/test';

/** Our own alerts, not Next.js's (empty) route announcer, which also has role=alert. */
export const alertIn = (page: Page) => page.getByRole('alert').filter({ hasText: /\S/ });

/**
 * Waits until React has hydrated the page: the header's theme switch (a client component in every page)
 * carries React's fiber. Its look no longer tells: it is right in the HTML, before any script has run.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const button = document.querySelector('header button');
    return !!button && Object.keys(button).some((key) => key.startsWith('__reactFiber$'));
  });
}
