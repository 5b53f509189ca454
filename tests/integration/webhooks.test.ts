// Webhooks on a real database and a real local HTTP receiver: the signature verifies with the documented
// procedure (and fails with a wrong secret), retries follow the backoff schedule into the delivery log,
// notices reach every endpoint once, and another organization's endpoint answers 404.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { dispatchPendingNotices } from '@/lib/subprocessors/notices/dispatch-notices';
import { createWebhookEndpoint } from '@/lib/webhooks/create-webhook-endpoint';
import { deleteWebhookEndpoint } from '@/lib/webhooks/delete-webhook-endpoint';
import { deliverPendingWebhooks, MAX_ATTEMPTS, RETRY_DELAYS_MS } from '@/lib/webhooks/deliver';
import { listWebhookEndpoints } from '@/lib/webhooks/list-webhook-endpoints';
import { rotateWebhookSecret } from '@/lib/webhooks/rotate-webhook-secret';
import { sendTestEvent } from '@/lib/webhooks/send-test-event';
import { setWebhookEnabled } from '@/lib/webhooks/set-webhook-enabled';
import { verifySignature } from '@/lib/webhooks/signature';
import { guardedLookup, resolvedTargetProblem, targetProblem } from '@/lib/webhooks/target';
import { publishedChange } from '@/tests/fixtures/notices';
import { customerWithAdmins, failure } from '@/tests/fixtures/users';

interface Received {
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

let server: http.Server;
let base: string;
const received: Received[] = [];
/** Status answered per path (default 200). */
const answers = new Map<string, number>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      received.push({ path: req.url ?? '', headers: req.headers, body });
      res.writeHead(answers.get(req.url ?? '') ?? 200).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const at = (path: string) => received.filter((r) => r.path === path);

/** The README's procedure, step by step, as a receiver would write it. */
function receiverVerifies(r: Received, secret: string, now = new Date()) {
  const header = String(r.headers['trust-center-signature']);
  return verifySignature(header, r.body, secret, { now });
}

describe('webhook endpoints', () => {
  it('a test event is signed: it verifies with the secret shown once, and fails with another secret', async () => {
    const { adminCtx } = await customerWithAdmins('Hooked Co');
    const { secret, endpoint } = await createWebhookEndpoint(adminCtx, {
      url: `${base}/signed`,
      description: 'Compliance inbox',
    });
    expect(secret).toMatch(/^whsec_/);
    // Encrypted at rest: the stored row does not contain the secret.
    const row = await db().webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } });
    expect(row.secretCiphertext).not.toContain(secret.slice(6));

    const result = await sendTestEvent(adminCtx, { endpointId: endpoint.id });
    expect(result).toMatchObject({ delivered: true, statusCode: 200 });
    const [req] = at('/signed');
    expect(req!.headers['trust-center-event']).toBe('webhook.test');
    expect(req!.headers['trust-center-delivery']).toBe(result.deliveryId);
    expect(req!.headers['content-type']).toBe('application/json');
    expect(String(req!.headers['trust-center-signature'])).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(receiverVerifies(req!, secret)).toEqual({ ok: true });
    expect(receiverVerifies(req!, 'whsec_not-the-secret')).toEqual({ ok: false, reason: 'mismatch' });
    // A tampered body, or the same request replayed after the 5-minute tolerance, fails.
    expect(
      verifySignature(String(req!.headers['trust-center-signature']), req!.body.replace('test', 'tset'), secret),
    ).toEqual({ ok: false, reason: 'mismatch' });
    expect(receiverVerifies(req!, secret, new Date(Date.now() + 6 * 60_000))).toEqual({ ok: false, reason: 'too-old' });

    // The documented script agrees: valid with the secret, invalid (exit 1) with another.
    const bodyFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'webhook-')), 'body.json');
    fs.writeFileSync(bodyFile, req!.body);
    const script = (key: string) =>
      execFileSync(
        process.execPath,
        [
          'scripts/verify-webhook-signature.mjs',
          '--secret',
          key,
          '--header',
          String(req!.headers['trust-center-signature']),
          '--body',
          bodyFile,
        ],
        { encoding: 'utf8', stdio: 'pipe' },
      );
    expect(script(secret)).toContain('VALID');
    const wrong = (() => {
      try {
        script('whsec_wrong');
        return null;
      } catch (err) {
        return err as { status: number; stdout: string };
      }
    })();
    expect(wrong).toMatchObject({ status: 1, stdout: expect.stringContaining('INVALID: signature mismatch') });

    // After rotating, the old secret no longer verifies.
    const rotated = await rotateWebhookSecret(adminCtx, { endpointId: endpoint.id });
    await sendTestEvent(adminCtx, { endpointId: endpoint.id });
    const second = at('/signed')[1]!;
    expect(receiverVerifies(second, rotated.secret)).toEqual({ ok: true });
    expect(receiverVerifies(second, secret)).toEqual({ ok: false, reason: 'mismatch' });

    const audit = await db().auditEvent.findMany({
      where: { organizationId: adminCtx.session.organization!.id, action: { startsWith: 'webhook.' } },
      orderBy: { seq: 'asc' },
    });
    expect(audit.map((e) => e.action)).toEqual([
      'webhook.created',
      'webhook.test_sent',
      'webhook.secret_rotated',
      'webhook.test_sent',
    ]);
    expect(JSON.stringify(audit, (_k, v) => (typeof v === 'bigint' ? String(v) : v))).not.toContain(secret);
  });

  it('retries a failing endpoint with backoff (1 min, 5 min, 30 min, 2 h, 6 h), logs every attempt, then gives up', async () => {
    const { adminCtx } = await customerWithAdmins('Flaky Co');
    answers.set('/flaky', 503);
    const { endpoint } = await createWebhookEndpoint(adminCtx, { url: `${base}/flaky`, description: '' });
    const first = await sendTestEvent(adminCtx, { endpointId: endpoint.id });
    expect(first).toMatchObject({ delivered: false, statusCode: 503, error: 'HTTP 503' });

    let clock = Date.now();
    const delays: number[] = [];
    for (let attempt = 2; attempt <= MAX_ATTEMPTS; attempt++) {
      const d = await db().webhookDelivery.findUniqueOrThrow({ where: { id: first.deliveryId } });
      delays.push(Math.round((d.nextAttemptAt.getTime() - clock) / 60_000));
      // Not yet due: nothing is sent.
      expect(
        (await deliverPendingWebhooks({ now: () => new Date(d.nextAttemptAt.getTime() - 1000), deliveryId: d.id }))
          .failed,
      ).toBe(0);
      clock = d.nextAttemptAt.getTime();
      expect((await deliverPendingWebhooks({ now: () => new Date(clock), deliveryId: d.id })).failed).toBe(1);
    }
    expect(delays).toEqual(RETRY_DELAYS_MS.map((ms) => ms / 60_000));
    expect(delays).toEqual([1, 5, 30, 120, 360]);
    const delivery = await db().webhookDelivery.findUniqueOrThrow({ where: { id: first.deliveryId } });
    expect(delivery).toMatchObject({ status: 'FAILED', attempts: 6 });
    expect(at('/flaky')).toHaveLength(6);

    const [listed] = await listWebhookEndpoints(adminCtx);
    expect(listed!.attempts.map((a) => [a.attempt, a.statusCode, a.event])).toEqual(
      [6, 5, 4, 3, 2, 1].map((n) => [n, 503, 'webhook.test']),
    );
    expect(listed!.attempts[0]!.durationMs).toBeGreaterThanOrEqual(0);

    // The endpoint recovers: the next event succeeds on the first attempt.
    answers.set('/flaky', 204);
    expect(await sendTestEvent(adminCtx, { endpointId: endpoint.id })).toMatchObject({
      delivered: true,
      statusCode: 204,
    });
  });

  it('a published notice reaches every endpoint exactly once, even across repeated runs; disabled endpoints wait', async () => {
    const a = await customerWithAdmins('Notice A');
    const b = await customerWithAdmins('Notice B');
    const { secret } = await createWebhookEndpoint(a.adminCtx, { url: `${base}/notice-a`, description: '' });
    const { endpoint: paused } = await createWebhookEndpoint(b.adminCtx, { url: `${base}/notice-b`, description: '' });
    await setWebhookEnabled(b.adminCtx, { endpointId: paused.id, enabled: false });
    const change = await publishedChange({ summary: 'Webhook notice' });

    await dispatchPendingNotices({ batchSize: 1 });
    await db().subprocessorChange.update({ where: { id: change.id }, data: { noticesDispatchedAt: null } });
    await dispatchPendingNotices({ batchSize: 1 });
    await deliverPendingWebhooks();
    await deliverPendingWebhooks();
    const got = at('/notice-a');
    expect(got).toHaveLength(1);
    expect(receiverVerifies(got[0]!, secret)).toEqual({ ok: true });
    expect(got[0]!.headers['trust-center-event']).toBe('subprocessor.notice.published');
    const body = JSON.parse(got[0]!.body);
    expect(body).toMatchObject({
      id: `notice-${change.id}`,
      type: 'subprocessor.notice.published',
      data: { id: change.id, number: change.number, summary: 'Webhook notice' },
    });
    expect(body.data.diff.added[0].slug).toBe('vectorbay-analytics');
    expect(at('/notice-b')).toHaveLength(0);

    await setWebhookEnabled(b.adminCtx, { endpointId: paused.id, enabled: true });
    await deliverPendingWebhooks();
    expect(at('/notice-b')).toHaveLength(1);
  });

  it("[R25] another organization's endpoint answers 404 for every action", async () => {
    const owner = await customerWithAdmins('Owner Co');
    const intruder = await customerWithAdmins('Intruder Co');
    const { endpoint } = await createWebhookEndpoint(owner.adminCtx, { url: `${base}/private`, description: '' });
    for (const call of [
      () => sendTestEvent(intruder.adminCtx, { endpointId: endpoint.id }),
      () => rotateWebhookSecret(intruder.adminCtx, { endpointId: endpoint.id }),
      () => setWebhookEnabled(intruder.adminCtx, { endpointId: endpoint.id, enabled: false }),
      () => deleteWebhookEndpoint(intruder.adminCtx, { endpointId: endpoint.id }),
    ]) {
      expect((await failure(call())).code).toBe('NOT_FOUND');
    }
    expect(await listWebhookEndpoints(intruder.adminCtx)).toEqual([]);
    expect(await db().webhookEndpoint.count({ where: { id: endpoint.id, enabled: true } })).toBe(1);
    await deleteWebhookEndpoint(owner.adminCtx, { endpointId: endpoint.id });
    expect(await db().webhookEndpoint.count({ where: { id: endpoint.id } })).toBe(0);
  });

  it('[R25] a member without webhooks:manage is refused', async () => {
    const { org } = await customerWithAdmins('Members Co');
    const { createUser } = await import('@/tests/fixtures/factories');
    const { liveCtx } = await import('@/tests/fixtures/users');
    const member = await createUser({ organizationId: org.id, role: 'member' });
    const ctx = await liveCtx(member, org, { sudo: true });
    expect((await failure(createWebhookEndpoint(ctx, { url: `${base}/member`, description: '' }))).code).toBe(
      'FORBIDDEN',
    );
    expect((await failure(listWebhookEndpoints(ctx))).code).toBe('FORBIDDEN');
  });

  it('refuses plain http and private addresses with a clear message (SSRF)', async () => {
    const { adminCtx } = await customerWithAdmins('Careful Co');
    const err = await failure(createWebhookEndpoint(adminCtx, { url: 'http://hooks.example.com/x', description: '' }));
    expect(err.fieldErrors?.url?.[0]).toMatch(/https/);
    expect(targetProblem('https://10.0.0.5/hook')).toMatch(/private network/);
    expect(targetProblem('https://169.254.169.254/latest/meta-data')).toMatch(/private network/);
    expect(targetProblem('https://[fd00::1]/hook')).toMatch(/private network/);
    expect(targetProblem('https://intranet/hook')).toMatch(/private network/);
    expect(targetProblem('not a url')).toMatch(/full address/);
    expect(targetProblem('https://hooks.example.com/trust')).toBeNull();
    // Local receivers are accepted outside production only.
    expect(targetProblem('http://127.0.0.1:9/hook')).toBeNull();
    expect(targetProblem('http://127.0.0.1:9/hook', false)).toMatch(/https/);
    expect(targetProblem('https://localhost/hook', false)).toMatch(/private network/);

    // In production a name must resolve, and only to public addresses — at registration…
    const resolving = (address: string) => ({ allowLocal: false, lookup: async () => [{ address }] });
    expect(await resolvedTargetProblem('https://hooks.example.com/x', resolving('10.1.2.3'))).toMatch(
      /private network/,
    );
    expect(await resolvedTargetProblem('https://hooks.example.com/x', resolving('fe80::1'))).toMatch(/private network/);
    expect(await resolvedTargetProblem('https://hooks.example.com/x', resolving('93.184.215.14'))).toBeNull();
    const nx = { allowLocal: false, lookup: async () => Promise.reject(new Error('ENOTFOUND')) };
    expect(await resolvedTargetProblem('https://nowhere.example/x', nx)).toMatch(/could not find nowhere.example/);
    // …and at send time, on the address actually connected to (localhost resolves from /etc/hosts).
    const refusal = await new Promise<Error | null>((resolve) =>
      guardedLookup(false)('localhost', {}, (err) => resolve(err)),
    );
    expect(refusal?.message).toMatch(/resolves to a private address/);
  });
});
