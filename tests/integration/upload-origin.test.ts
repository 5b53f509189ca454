// The studio's two upload route handlers accept a post only from the app's own origin (the session cookie
// alone would let another site post a file in a signed-in editor's name), and say which address works.
import { describe, expect, it } from 'vitest';
import { POST as uploadDocument } from '@/app/(studio)/studio/documents/upload/route';
import { POST as uploadQuestionnaire } from '@/app/(studio)/studio/questionnaires/upload/route';
import { getConfig } from '@/lib/config';

describe('[R25] studio uploads from another origin', () => {
  for (const [name, post] of [
    ['document', uploadDocument],
    ['questionnaire', uploadQuestionnaire],
  ] as const) {
    it(`[R25] a ${name} upload posted from another origin is refused with 403, naming the address to use`, async () => {
      const own = getConfig().appUrl.origin;
      for (const origin of ['https://evil.example', 'http://127.0.0.1:1']) {
        const res = await post(
          new Request(`${own}/studio/upload`, { method: 'POST', headers: { origin, accept: 'application/json' } }),
        );
        expect(res.status).toBe(403);
        const body = await res.json();
        expect(body).toMatchObject({ ok: false, reason: 'UPLOAD_CROSS_ORIGIN' });
        expect(JSON.stringify(body)).toContain(own);
      }
    });
  }
});
