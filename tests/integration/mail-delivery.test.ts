import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { resetConfigForTests } from '@/lib/config';
import { db } from '@/lib/db';
import { deliverPendingMail, retryDelayMs } from '@/lib/mail/deliver';
import { enqueueMail } from '@/lib/mail/outbox';
import { renderMail } from '@/lib/mail/render';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

const received: { to: string; raw: string }[] = [];
let server: SMTPServer | undefined;
afterAll(async () => {
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  delete process.env.SMTP_URL;
  resetConfigForTests();
});

describe('email delivery from the outbox', () => {
  it('retries with backoff while SMTP is down, then delivers exactly once', async () => {
    const port = await freePort();
    process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
    resetConfigForTests();
    await db().$transaction((tx) =>
      enqueueMail(tx, {
        to: 'reader@example.test',
        template: 'test',
        rendered: renderMail({ brand: 'Acme Mail', subject: 'Hello', paragraphs: ['Body text'] }),
      }),
    );

    // Nothing listens yet: the attempt fails and is rescheduled, not lost.
    expect(await deliverPendingMail()).toEqual({ sent: 0, failed: 1 });
    let row = await db().mailOutbox.findFirstOrThrow({ where: { to: 'reader@example.test' } });
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1 });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThan(Date.now() + 20_000);
    expect(row.lastError).toBeTruthy();
    expect(retryDelayMs(1)).toBe(30_000);
    expect(retryDelayMs(3)).toBe(120_000);
    expect(retryDelayMs(20)).toBe(3_600_000);

    // Not due yet: a run now sends nothing.
    expect(await deliverPendingMail()).toEqual({ sent: 0, failed: 0 });

    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, cb) {
        let raw = '';
        stream.on('data', (c: Buffer) => (raw += c.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), raw });
          cb();
        });
      },
    });
    await new Promise<void>((r) => server!.listen(port, '127.0.0.1', () => r()));
    await db().mailOutbox.update({ where: { id: row.id }, data: { nextAttemptAt: new Date() } });

    const [a, b] = await Promise.all([deliverPendingMail(), deliverPendingMail()]);
    expect(a.sent + b.sent).toBe(1);
    row = await db().mailOutbox.findUniqueOrThrow({ where: { id: row.id } });
    expect(row).toMatchObject({ status: 'SENT', attempts: 2, lastError: null });
    expect(received).toHaveLength(1);
    expect(received[0]!.to).toBe('reader@example.test');
    expect(received[0]!.raw).toContain('Subject: Hello');
    expect(received[0]!.raw).toMatch(/multipart\/alternative/);
  });
});
