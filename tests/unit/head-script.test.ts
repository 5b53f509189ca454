// The inline head script applies what differs per visitor to the shared, cached HTML before the first
// paint: the theme from its cookie and the signed-in hint that picks the header's account link in CSS.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { HEAD_SCRIPT } from '@/lib/ui/head-script';

function run(cookie: string) {
  const dataset: Record<string, string> = { theme: 'system' };
  vm.runInNewContext(HEAD_SCRIPT, { document: { cookie, documentElement: { dataset } } });
  return dataset;
}

describe('inline head script', () => {
  it('applies a known theme from the cookie and ignores anything else', () => {
    expect(run('theme=dark').theme).toBe('dark');
    expect(run('a=1; theme=light').theme).toBe('light');
    expect(run('theme=purple').theme).toBe('system');
    expect(run('xtheme=dark').theme).toBe('system');
  });

  it('marks a signed-in visitor from the hint cookie only when it says 1', () => {
    expect(run('tc.signed-in=1')).toHaveProperty('signedIn', '');
    expect(run('theme=dark; tc.signed-in=1; other=2')).toHaveProperty('signedIn', '');
    expect(run('tc.signed-in=')).not.toHaveProperty('signedIn');
    expect(run('tc.signed-in=10')).not.toHaveProperty('signedIn');
    expect(run('tcXsigned-in=1')).not.toHaveProperty('signedIn');
    expect(run('')).not.toHaveProperty('signedIn');
  });
});
