import { getConfig } from '@/lib/config';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/db';
import { dayOf as day } from '@/lib/subprocessors/diff';
import { toChangeNotice as noticeOf } from '@/lib/subprocessors/notice';
import type { ChangeNotice, RegisterDiff } from '@/lib/subprocessors/types';

// A published change as every channel presents it (email, feeds, webhook payload, account pages).

type Client = Pick<Prisma.TransactionClient, 'subprocessorChange'>;

const EMPTY_DIFF: RegisterDiff = { added: [], removed: [], changed: [] };

/** The notice of a published change row (read fresh, not through the register's cache). */
export function toChangeNotice(row: {
  id: string;
  number: number | null;
  summary: string;
  effectiveDate: Date;
  objectionDeadline: Date | null;
  publishedAt: Date | null;
  diff: unknown;
}): ChangeNotice {
  if (row.number === null || !row.publishedAt) throw new Error(`change ${row.id} is not published`);
  return noticeOf(
    {
      id: row.id,
      number: row.number,
      summary: row.summary,
      effectiveDate: day(row.effectiveDate),
      objectionDeadline: day(row.objectionDeadline ?? row.effectiveDate),
      publishedAt: row.publishedAt.toISOString(),
      diff: (row.diff as RegisterDiff | null) ?? EMPTY_DIFF,
    },
    getConfig().appUrl,
  );
}

const published = { status: 'PUBLISHED', number: { not: null } } as const;

/** Published notices, newest first. */
export async function listPublishedNotices(
  opts: { limit?: number } = {},
  client: Client = db(),
): Promise<ChangeNotice[]> {
  const rows = await client.subprocessorChange.findMany({
    where: published,
    orderBy: { number: 'desc' },
    take: opts.limit ?? 50,
  });
  return rows.map(toChangeNotice);
}

export async function findPublishedNotice(number: number, client: Client = db()): Promise<ChangeNotice | null> {
  const row = await client.subprocessorChange.findFirst({ where: { ...published, number } });
  return row ? toChangeNotice(row) : null;
}

/** The objection window is open through the deadline day (UTC). */
export function objectionWindowOpen(notice: Pick<ChangeNotice, 'objectionDeadline'>, now = new Date()): boolean {
  return day(now) <= notice.objectionDeadline;
}
