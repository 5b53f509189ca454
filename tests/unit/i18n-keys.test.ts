import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMessageGroup, keyUses } from '@/tests/support/catalogue-scan';
import { keyPaths, readLocaleMessages, SOURCE_LOCALE } from '@/lib/i18n/messages';

// Issue 18: "a missing catalogue key is a test failure, not a blank label". The console tests check the
// account and studio files; this one reads every file of the app, public pages included: a key that is
// missing, or that names a group of messages instead of one (it rendered as "subprocessors.history" on the
// register's page), fails here.

const root = process.cwd();
const DIRS = ['app', 'components', 'lib'];
const SKIP = /^lib\/generated\//;

function filesUnder(rel: string): string[] {
  return fs.readdirSync(path.join(root, rel), { withFileTypes: true }).flatMap((e) => {
    const child = path.posix.join(rel, e.name);
    if (e.isDirectory()) return SKIP.test(child + '/') ? [] : filesUnder(child);
    return /\.tsx?$/.test(e.name) ? [child] : [];
  });
}

const english = readLocaleMessages(SOURCE_LOCALE);
const leaves = new Set(keyPaths(english));

describe('every message key the code asks for', () => {
  const files = DIRS.flatMap(filesUnder);

  it('is one message in the English catalogue, in every file of the app', () => {
    const wrong: string[] = [];
    let count = 0;
    for (const file of files)
      for (const use of keyUses(root, file)) {
        count++;
        if (use.key && !leaves.has(use.key))
          wrong.push(`${file}:${use.line} ${use.key}${isMessageGroup(english, use.key) ? ' (a group)' : ''}`);
        else if (use.prefix && !isMessageGroup(english, use.prefix)) wrong.push(`${file}:${use.line} ${use.prefix}.*`);
      }
    expect(wrong).toEqual([]);
    expect(count).toBeGreaterThan(1500);
  });
});
