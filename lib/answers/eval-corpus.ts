// The evaluation corpus, without a database: the demo library file and the public page sections of the
// site as the content loader builds it from content/pages (the same compile and the same search documents
// as the published site). Used by `npm run eval:answers` and the unit tests; production builds its corpus
// from the published database content (lib/answers/corpus.ts).
import fs from 'node:fs';
import path from 'node:path';
import { searchDocsOf } from '@/lib/content/assemble-site';
import { getSite } from '@/lib/content/site';
import type { SearchDoc } from '@/lib/content/search';
import { candidateFromEntry, ZLibrarySeed, type LibraryEntrySeed } from './library-seed';
import type { AnswerCandidate } from './match';
import { candidatesFromSearchDocs } from './sections';

export const LIBRARY_FILE = path.join(process.cwd(), 'content', 'answers', 'library.json');

export function loadLibraryFile(file = LIBRARY_FILE): LibraryEntrySeed[] {
  return ZLibrarySeed.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** The search documents of the site's public (not hidden) pages. */
export async function publicSearchDocs(): Promise<SearchDoc[]> {
  const site = await getSite();
  return searchDocsOf(
    site.pages.filter((p) => !p.hidden),
    site.data,
  );
}

export async function loadEvalCandidates(): Promise<{ entries: LibraryEntrySeed[]; candidates: AnswerCandidate[] }> {
  const entries = loadLibraryFile();
  const sections = candidatesFromSearchDocs(await publicSearchDocs());
  return { entries, candidates: [...entries.map(candidateFromEntry), ...sections] };
}
