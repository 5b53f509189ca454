// Issue 21: server-action bodies that React's decoder would throw on are recognised at the edge
// (lib/http/request-guard.mjs), and bodies our own pages send pass untouched.
import { describe, expect, it } from 'vitest';
import { actionBodyProblem, pageFormProblem } from '@/lib/http/request-guard.mjs';

const text = (s: string) => actionBodyProblem(new TextEncoder().encode(s), 'text/plain;charset=UTF-8');

async function multipart(fields: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  const req = new Request('http://x/', { method: 'POST', body: fd });
  return actionBodyProblem(new Uint8Array(await req.arrayBuffer()), req.headers.get('content-type')!);
}

describe('[issue 21] the server-action body guard', () => {
  it('lets through what React encodes for our calls', async () => {
    for (const body of [
      '[]',
      '[null,{}]',
      '[null,{"email":"a@b.example"}]',
      '["$$ dollars",1,true,null]',
      '["$undefined","$NaN","$-0","$D2026-01-01T00:00:00.000Z","$n123"]',
    ]) {
      expect(await text(body), body).toBeNull();
    }
    expect(await multipart({ '0': '["$K1"]', _1_email: 'a@b.example' })).toBeNull();
    expect(await multipart({ '0': '[null,"$K1"]', _1_$ACTION_ID_abc: '', _1_name: 'x' })).toBeNull();
    expect(await multipart({ '0': '["$Q1"]', '1': '[]' })).toBeNull();
  });

  it('refuses the bodies no browser sends that used to answer 500', async () => {
    for (const body of [
      '"str"',
      '["$Q1"]',
      '["$1"]',
      '["$@a"]',
      '["$nx"]',
      '["$T1"]',
      '["$Z"]',
      '{"0":1}',
      'not json',
      '',
      '[{"a":["$W2"]}]',
    ]) {
      expect(await text(body), body).not.toBeNull();
    }
    expect(await multipart({ '0': '["$Q1"]' })).toMatch(/missing part/);
    expect(await multipart({ '0': '"str"' })).toMatch(/not a list/);
    expect(await multipart({ x: 'y' })).toMatch(/missing/);
    expect(await multipart({ '0': '[]', '1': '{' })).toMatch(/not JSON/);
  });
});

describe('[issue 21] the no-JavaScript form post guard', () => {
  async function pageForm(fields: Record<string, string>) {
    const fd = new FormData();
    for (const [k, v] of Object.entries(fields)) fd.append(k, v);
    const req = new Request('http://x/', { method: 'POST', body: fd });
    return pageFormProblem(new Uint8Array(await req.arrayBuffer()), req.headers.get('content-type')!);
  }

  it('lets through the forms React renders before hydration', async () => {
    expect(await pageForm({ $ACTION_ID_abc123: '', email: 'a@b.example' })).toBeNull();
    expect(
      await pageForm({
        $ACTION_REF_1: '',
        '$ACTION_1:0': '{"id":"abc","bound":"$@1"}',
        '$ACTION_1:1': '[null]',
        email: 'x',
      }),
    ).toBeNull();
    expect(await pageForm({ plain: 'field' })).toBeNull();
  });

  it('refuses the posts that made Next.js answer 500', async () => {
    expect(await pageForm({ $ACTION_REF_1: '' })).toMatch(/action is missing/);
    expect(await pageForm({ $ACTION_REF_1: '', '$ACTION_1:0': '{' })).toMatch(/not readable/);
    expect(await pageForm({ $ACTION_REF_1: '', '$ACTION_1:0': '{"id":"abc","bound":"$@2"}' })).toMatch(/missing part/);
    const garbage = new TextEncoder().encode('--x\r\nnot a part at all');
    expect(await pageFormProblem(garbage, 'multipart/form-data; boundary=y')).toMatch(/cannot be read/);
  });
});
