import 'server-only';
import { searchDocsOf } from '@/lib/content/assemble-site';
import { getSite, type Site } from '@/lib/content/site';
import { db } from '@/lib/db';
import { evidenceOf } from './library/entries';
import { plainAnswerText } from './library-seed';
import { buildAnswerMatcher, type AnswerCandidate, type AnswerMatcher } from './match';
import { candidatesFromSearchDocs } from './sections';
import type { TEvidence } from '@/lib/validation/answers';

// What the matcher answers from: the published library entries (every visibility — each caller filters
// with `visible`, see visibility.ts) and the published site's page sections. Built once per snapshot of
// the site and per version of the library, never per request: a publish of a page swaps the site snapshot
// (lib/studio/refresh-site.ts), a publish of an entry calls invalidateAnswerMatcher(), and other processes
// learn of either through the content poll (pollAnswersOnce below, lib/studio/content-poll.ts).

export interface AnswerCorpus {
  matcher: AnswerMatcher;
  /** Every evidence link of each entry candidate (the candidate carries only the first as `href`). */
  evidence: Map<string, TEvidence[]>;
}

const slot: {
  built?: { site: Site; version: number; corpus: Promise<AnswerCorpus> };
  version: number;
  fingerprint?: string;
} = { version: 0 };

/** The library changed (publish, archive): the next question rebuilds the matcher. */
export function invalidateAnswerMatcher(): void {
  slot.version++;
}

export async function getAnswerCorpus(): Promise<AnswerCorpus> {
  const site = await getSite();
  const built = slot.built;
  if (built && built.site === site && built.version === slot.version) return built.corpus;
  const corpus = buildCorpus(site);
  const mine = { site, version: slot.version, corpus };
  slot.built = mine;
  // A failed build is not kept: the next question tries again.
  corpus.catch(() => {
    if (slot.built === mine) slot.built = undefined;
  });
  return corpus;
}

export async function getAnswerMatcher(): Promise<AnswerMatcher> {
  return (await getAnswerCorpus()).matcher;
}

async function buildCorpus(site: Site): Promise<AnswerCorpus> {
  slot.fingerprint = await answersFingerprint();
  const entries = await db().answerEntry.findMany({
    where: { archivedAt: null, publishedRevisionId: { not: null } },
    include: { publishedRevision: true },
    orderBy: { slug: 'asc' },
  });
  const evidence = new Map<string, TEvidence[]>();
  const candidates: AnswerCandidate[] = [];
  for (const e of entries) {
    const r = e.publishedRevision;
    if (!r) continue;
    const links = evidenceOf(r.evidence);
    const id = `entry:${e.slug}`;
    evidence.set(id, links);
    candidates.push({
      id,
      kind: 'entry',
      question: r.question,
      alternatives: r.alternatives,
      text: plainAnswerText(r.answer),
      shortAnswer: r.shortAnswer,
      href: links[0]?.href,
      visibility: r.visibility,
    });
  }
  const sections = candidatesFromSearchDocs(
    searchDocsOf(
      site.pages.filter((p) => !p.hidden),
      site.data,
    ),
  );
  return { matcher: buildAnswerMatcher([...candidates, ...sections]), evidence };
}

/** Cheap: how many entries and when one last changed (publish and archive both update the entry row). */
async function answersFingerprint(): Promise<string> {
  const agg = await db().answerEntry.aggregate({ _count: { _all: true }, _max: { updatedAt: true } });
  return `${agg._count._all}:${agg._max.updatedAt?.getTime() ?? 0}`;
}

/** One check for another process's publish; true when this process's matcher was dropped. */
export async function pollAnswersOnce(): Promise<boolean> {
  if (!slot.built || slot.fingerprint === undefined) return false; // nothing built yet: nothing to drop
  const now = await answersFingerprint();
  if (now === slot.fingerprint) return false;
  slot.fingerprint = now;
  invalidateAnswerMatcher();
  return true;
}
