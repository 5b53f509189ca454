import { describe, expect, it } from 'vitest';
import { getSite } from '@/lib/content/site';

describe('content loader', () => {
  it('loads the real content', async () => {
    const site = await getSite();
    expect(site.pages.length).toBe(35);
  });
});
