import 'server-only';
import { db } from '@/lib/db';
import { bumpPublicVersion } from '@/lib/http/public-version';
import type { DbTransaction, PrismaClient } from '@/lib/db';
import { dayOf, registerOn, todayUtc, type RegisterPeriod } from './diff';
import type { RegisterDiff, SubprocessorSnapshot, TransferMechanismKey } from './types';

// The public side of the register, served from memory: the whole register (every period and every
// published change — tens of rows) is loaded once and kept. Publishing in this process drops it at once;
// other processes notice within RECHECK_MS through a one-row version query, so a prospect's request
// waits on the database at most once per RECHECK_MS, never per request.

export interface PublishedChange {
  id: string;
  number: number;
  summary: string;
  effectiveDate: string;
  objectionDeadline: string;
  publishedAt: string;
  diff: RegisterDiff;
}

interface RegisterData {
  periods: RegisterPeriod[];
  /** Newest first. */
  changes: PublishedChange[];
  version: string;
}

const RECHECK_MS = 30_000;
const CACHE = Symbol.for('trust-center.subprocessor-register');
const slot = globalThis as { [CACHE]?: { data: Promise<RegisterData>; checkedAt: number } };

type Client = PrismaClient | DbTransaction;

export async function readPeriods(client: Client): Promise<RegisterPeriod[]> {
  const rows = await client.subprocessorPeriod.findMany({
    include: { subprocessor: { select: { slug: true } } },
    orderBy: [{ validFrom: 'asc' }, { id: 'asc' }],
  });
  return rows.map((r) => ({
    slug: r.subprocessor.slug,
    legalName: r.legalName,
    purpose: r.purpose,
    dataCategories: r.dataCategories,
    dataSubjects: r.dataSubjects,
    locations: r.locations,
    transferMechanism: r.transferMechanism as TransferMechanismKey,
    sccModule: r.sccModule,
    website: r.website,
    privacyUrl: r.privacyUrl,
    validFrom: dayOf(r.validFrom),
    validUntil: r.validUntil ? dayOf(r.validUntil) : null,
  }));
}

export async function readVersion(client: Client = db()): Promise<string> {
  const [periods, changes] = await Promise.all([
    client.subprocessorPeriod.aggregate({ _count: true, _max: { createdAt: true } }),
    client.subprocessorChange.aggregate({ where: { status: 'PUBLISHED' }, _count: true, _max: { publishedAt: true } }),
  ]);
  return `${periods._count}:${periods._max.createdAt?.getTime() ?? 0}:${changes._count}:${changes._max.publishedAt?.getTime() ?? 0}`;
}

async function load(): Promise<RegisterData> {
  const client = db();
  const version = await readVersion(client);
  const [periods, rows] = await Promise.all([
    readPeriods(client),
    client.subprocessorChange.findMany({ where: { status: 'PUBLISHED' }, orderBy: { number: 'desc' } }),
  ]);
  const changes = rows.map((c) => ({
    id: c.id,
    number: c.number!,
    summary: c.summary,
    effectiveDate: dayOf(c.effectiveDate),
    objectionDeadline: dayOf(c.objectionDeadline!),
    publishedAt: c.publishedAt!.toISOString(),
    diff: c.diff as unknown as RegisterDiff,
  }));
  return { periods, changes, version };
}

async function registerData(): Promise<RegisterData> {
  const entry = slot[CACHE];
  if (!entry) {
    const data = load();
    slot[CACHE] = { data, checkedAt: Date.now() };
    data.catch(() => delete slot[CACHE]);
    return data;
  }
  if (Date.now() - entry.checkedAt > RECHECK_MS) {
    entry.checkedAt = Date.now();
    const [data, version] = await Promise.all([entry.data, readVersion(db())]);
    if (data.version !== version) {
      invalidateRegisterCache();
      return registerData();
    }
  }
  return entry.data;
}

/** Drops the in-memory register (after publishing or importing the baseline). */
export function invalidateRegisterCache(): void {
  delete slot[CACHE];
  // The register pages cached by server.mjs (lib/http/public-cache.mjs) are rendered again on next request.
  bumpPublicVersion('register');
}

/** Every stored period (the studio's live preview computes any date's register from these). */
export async function listRegisterPeriods(): Promise<RegisterPeriod[]> {
  return (await registerData()).periods;
}

/** The register as it stands on `day` (YYYY-MM-DD), today by default. */
export async function registerAsOf(day: string = todayUtc()): Promise<SubprocessorSnapshot[]> {
  return registerOn((await registerData()).periods, day);
}

/** Published changes, newest first. */
export async function listPublishedChanges(): Promise<PublishedChange[]> {
  return (await registerData()).changes;
}

/** Published changes not yet in effect on `today`, soonest first. */
export async function listUpcomingChanges(today: string = todayUtc()): Promise<PublishedChange[]> {
  return (await registerData()).changes
    .filter((c) => c.effectiveDate > today)
    .sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate) || a.number - b.number);
}

export async function getPublishedNotice(number: number): Promise<PublishedChange | null> {
  return (await registerData()).changes.find((c) => c.number === number) ?? null;
}
