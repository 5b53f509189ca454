// Issue 21, finding 7: `npm start` (production mode, no SMTP_URL) must neither fail nor retry a message
// forever. MAIL_TRANSPORT=log keeps it: marked sent, listed at /studio/outbox for the vendor's staff.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetConfigForTests } from '@/lib/config';
import { db } from '@/lib/db';
import { deliverPendingMail } from '@/lib/mail/deliver';
import { listOutbox } from '@/lib/mail/list-outbox';
import { enqueueMail } from '@/lib/mail/outbox';
import { renderMail } from '@/lib/mail/render';
import { createOrganization, createUser } from '@/tests/fixtures/factories';
import { failure, liveCtx, type LiveCtx } from '@/tests/fixtures/users';

const saved = {
  NODE_ENV: process.env.NODE_ENV,
  SMTP_URL: process.env.SMTP_URL,
  MAIL_TRANSPORT: process.env.MAIL_TRANSPORT,
};
function setEnv(env: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetConfigForTests();
}

// `npm start` on the embedded database: production mode, no SMTP_URL. On PostgreSQL (TEST_DATABASE_URL) that
// configuration is refused at start (SMTP_URL is required there), so the same delivery path is driven by
// MAIL_TRANSPORT=log, which is what the embedded default resolves to.
const DEMO_START = process.env.DATABASE_URL
  ? { SMTP_URL: undefined, MAIL_TRANSPORT: 'log' }
  : { NODE_ENV: 'production', SMTP_URL: undefined, MAIL_TRANSPORT: undefined };

let editor: LiveCtx;
let support: LiveCtx;
let customerPublisher: LiveCtx;

beforeAll(async () => {
  const vendor = await createOrganization('Acme Mail', 'VENDOR');
  editor = await liveCtx(await createUser({ organizationId: vendor.id, role: 'compliance_editor' }), vendor);
  support = await liveCtx(await createUser({ organizationId: vendor.id, role: 'support' }), vendor);
  const customer = await createOrganization('Globex');
  const role = await db().customRole.create({
    data: { organizationId: customer.id, name: 'Publisher', permissions: ['account:read', 'content:publish'] },
  });
  const user = await createUser({ organizationId: customer.id, role: 'custom' });
  await db().membership.update({
    where: { userId_organizationId: { userId: user.id, organizationId: customer.id } },
    data: { customRoleId: role.id },
  });
  customerPublisher = await liveCtx(user, customer);
});
afterAll(() => setEnv(saved));

describe('email without SMTP in the default start [issue 21 / 7]', () => {
  it('production mode without SMTP_URL: the message is kept (marked sent), not failed and retried', async () => {
    setEnv(DEMO_START);
    await db().$transaction((tx) =>
      enqueueMail(tx, {
        to: 'newcomer@example.test',
        template: 'test',
        rendered: renderMail({
          brand: 'Acme Mail',
          subject: 'Your invitation',
          paragraphs: ['Open https://trust.example/invite/abc to join.'],
        }),
      }),
    );
    expect(await deliverPendingMail()).toEqual({ sent: 1, failed: 0 });
    const row = await db().mailOutbox.findFirstOrThrow({ where: { to: 'newcomer@example.test' } });
    expect(row).toMatchObject({ status: 'SENT', attempts: 1, lastError: null });
    expect(await deliverPendingMail()).toEqual({ sent: 0, failed: 0 });
  });

  it('/studio/outbox lists the messages with their text for the vendor’s staff only', async () => {
    setEnv(DEMO_START);
    const messages = await listOutbox(editor);
    expect(messages[0]).toMatchObject({ to: 'newcomer@example.test', subject: 'Your invitation', status: 'SENT' });
    expect(messages[0]!.text).toContain('https://trust.example/invite/abc');
    expect((await failure(listOutbox(customerPublisher))).code).toBe('FORBIDDEN');
    expect((await failure(listOutbox(support))).code).toBe('FORBIDDEN');
  });

  it('with SMTP the local outbox does not exist (messages are read in mailboxes)', async () => {
    setEnv({ SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_TRANSPORT: undefined });
    expect((await failure(listOutbox(editor))).code).toBe('NOT_FOUND');
  });
});
