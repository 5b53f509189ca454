import type { Page } from '@playwright/test';

/** Our own alerts, not Next.js's (empty) route announcer, which also has role=alert. */
export const alertIn = (page: Page) => page.getByRole('alert').filter({ hasText: /\S/ });
