// Every `[R<n>]` and `[KF<n>]` a test cites must be defined in docs/SECURITY.md: a citation of a
// requirement that does not exist (a typo, a renumbering) would count coverage that is not there.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const TEST_FILE = /\.(test|spec)\.tsx?$|\/support\/.*\.ts$/;

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(full);
    return TEST_FILE.test(full) ? [full] : [];
  });
}

/** The ids docs/SECURITY.md defines: `- **R12.** …` and `- **KF3.** …`. */
function definedIds(): Set<string> {
  const doc = fs.readFileSync(path.join(root, 'docs/SECURITY.md'), 'utf8');
  return new Set([...doc.matchAll(/^- \*\*((?:R|KF)\d+)\.\*\*/gm)].map((m) => m[1] ?? ''));
}

/** Every `[R<n>]` / `[KF<n>]` in the test files (titles, and the comments that cite them), by id. */
function citations(): Map<string, string[]> {
  const cited = new Map<string, string[]>();
  for (const file of testFiles(path.join(root, 'tests'))) {
    const rel = path.relative(root, file);
    for (const [, id = ''] of fs.readFileSync(file, 'utf8').matchAll(/\[((?:R|KF)\d+)\]/g)) {
      cited.set(id, [...new Set([...(cited.get(id) ?? []), rel])]);
    }
  }
  return cited;
}

describe('security requirement citations', () => {
  const defined = definedIds();
  const cited = citations();

  it('docs/SECURITY.md defines R1–R30 and the known failures', () => {
    for (let n = 1; n <= 30; n++) expect(defined, `R${n}`).toContain(`R${n}`);
    expect([...defined].filter((id) => id.startsWith('KF')).length).toBeGreaterThan(0);
  });

  it('every requirement a test cites is defined in docs/SECURITY.md', () => {
    const undefinedCitations = [...cited]
      .filter(([id]) => !defined.has(id))
      .map(([id, files]) => `${id} in ${files.join(', ')}`);
    expect(undefinedCitations).toEqual([]);
  });

  it('a requirement no test cites is listed under "Requirements without a test"', () => {
    const doc = fs.readFileSync(path.join(root, 'docs/SECURITY.md'), 'utf8');
    const section = doc.split('## Requirements without a test')[1]?.split('\n## ')[0] ?? '';
    const admitted = new Set([...section.matchAll(/\*\*(R\d+)\*\*/g)].map((m) => m[1] ?? ''));
    const uncited = [...defined].filter((id) => id.startsWith('R') && !cited.has(id));
    expect(uncited.filter((id) => !admitted.has(id))).toEqual([]);
  });
});
