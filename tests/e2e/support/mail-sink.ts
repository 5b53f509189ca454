// A real SMTP server for the end-to-end tests: the app sends through SMTP_URL exactly as in production,
// and tests read what arrived. Messages are appended to a JSON-lines file shared with the test workers.
import fs from 'node:fs';
import path from 'node:path';
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

export const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);
// One file per sink: harnesses that run side by side (scripts/e2e.mjs) each have their own SMTP port.
export const MAILBOX_FILE = path.join(process.cwd(), '.test-data', `e2e-mailbox-${SMTP_PORT}.jsonl`);

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  receivedAt: string;
}

export function startMailSink(): Promise<SMTPServer> {
  fs.mkdirSync(path.dirname(MAILBOX_FILE), { recursive: true });
  fs.writeFileSync(MAILBOX_FILE, '');
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = session.envelope.rcptTo.map((r) => r.address).join(', ');
          const record: ReceivedMail = {
            to,
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            receivedAt: new Date().toISOString(),
          };
          fs.appendFileSync(MAILBOX_FILE, `${JSON.stringify(record)}\n`);
          callback();
        })
        .catch((err: Error) => callback(err));
    },
  });
  return new Promise((resolve) => server.listen(SMTP_PORT, '127.0.0.1', () => resolve(server)));
}
