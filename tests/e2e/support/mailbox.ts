import fs from 'node:fs';
import { expect } from '@playwright/test';
import { MAILBOX_FILE, type ReceivedMail } from './mail-sink';

function readMailbox(): ReceivedMail[] {
  if (!fs.existsSync(MAILBOX_FILE)) return [];
  return fs
    .readFileSync(MAILBOX_FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ReceivedMail);
}

/** Waits for the newest email to `to` whose subject matches, sent after `since`. */
export async function waitForMail(to: string, subject: RegExp, since: Date): Promise<ReceivedMail> {
  let found: ReceivedMail | undefined;
  await expect
    .poll(
      () => {
        found = readMailbox()
          .filter((m) => m.to === to && subject.test(m.subject) && new Date(m.receivedAt) >= since)
          .at(-1);
        return Boolean(found);
      },
      { timeout: 20_000, message: `an email to ${to} matching ${subject}` },
    )
    .toBe(true);
  return found!;
}

export function linkIn(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`https?://[^\\s]+${path.replace(/[/?]/g, '\\$&')}[^\\s]*`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`);
  return match[0];
}
