import { describe, expect, it } from 'vitest';
import { completeSetupAction } from '@/app/(auth)/setup/actions';

describe('the /setup server action', () => {
  it('answers anything but a form submission with a clear error, before touching the request or the database', async () => {
    for (const input of [{ token: 'x', email: 'a@b.example' }, 'token=x', null, undefined, 42]) {
      const result = await completeSetupAction(null, input);
      expect(result).toMatchObject({ ok: false, code: 'VALIDATION' });
      expect(result?.error).toMatch(/must be sent as a form submission/);
    }
  });
});
