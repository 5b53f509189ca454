// The demo answer library (content/answers/library.json) into the database: each entry becomes an
// AnswerEntry with revision 1 published, its owner mapped to the demo staff member with that email.
// Idempotent: an entry whose slug exists is left alone, so staff edits survive a second seed. Called by
// the demo seed only; an empty production database starts with an empty library.
import fs from 'node:fs';
import path from 'node:path';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ZLibrarySeed, type LibraryEntrySeed } from '../library-seed';

export const DEMO_LIBRARY_FILE = path.join(process.cwd(), 'content', 'answers', 'library.json');

export function readDemoLibrary(file = DEMO_LIBRARY_FILE): LibraryEntrySeed[] {
  if (!fs.existsSync(file)) return [];
  return ZLibrarySeed.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

export async function seedAnswerLibrary(
  tx: Prisma.TransactionClient,
  entries: LibraryEntrySeed[] = readDemoLibrary(),
): Promise<{ created: number }> {
  if (!entries.length) return { created: 0 };
  const existing = new Set((await tx.answerEntry.findMany({ select: { slug: true } })).map((e) => e.slug));
  const users = await tx.user.findMany({
    where: { email: { in: [...new Set(entries.map((e) => e.owner))] } },
    select: { id: true, name: true, email: true },
  });
  const byEmail = new Map(users.map((u) => [u.email, u]));
  const now = new Date();
  let created = 0;
  for (const e of entries) {
    if (existing.has(e.slug)) continue;
    const owner = byEmail.get(e.owner);
    const entry = await tx.answerEntry.create({ data: { slug: e.slug, publishedAt: now } });
    const revision = await tx.answerRevision.create({
      data: {
        entryId: entry.id,
        number: 1,
        status: 'published',
        question: e.question,
        alternatives: e.alternatives,
        shortAnswer: e.shortAnswer,
        answer: e.answer,
        evidence: e.evidence,
        visibility: e.visibility,
        ownerId: owner?.id ?? null,
        ownerLabel: owner ? owner.name || owner.email : e.owner,
        reviewBy: new Date(`${e.reviewBy}T00:00:00Z`),
        message: 'Demo library',
        origin: 'import',
        authorLabel: 'demo data',
        contributorIds: [],
        publishedAt: now,
      },
    });
    await tx.answerEntry.update({ where: { id: entry.id }, data: { publishedRevisionId: revision.id } });
    created++;
  }
  return { created };
}
