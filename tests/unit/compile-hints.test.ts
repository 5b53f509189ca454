import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module without types
import { addCompileHints, COMPILE_HINT } from '../../scripts/compile-hints.mjs';

function fakeBuild() {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'compile-hints-'));
  const chunks = path.join(dist, 'static', 'chunks');
  fs.mkdirSync(chunks, { recursive: true });
  fs.mkdirSync(path.join(dist, 'diagnostics'));
  for (const name of ['framework.js', 'page.js', 'later.js', 'style.css'])
    fs.writeFileSync(path.join(chunks, name), `/* ${name} */`);
  fs.writeFileSync(
    path.join(dist, 'build-manifest.json'),
    JSON.stringify({ rootMainFiles: ['static/chunks/framework.js'] }),
  );
  fs.writeFileSync(
    path.join(dist, 'diagnostics', 'route-bundle-stats.json'),
    JSON.stringify([
      { route: '/', firstLoadChunkPaths: ['.next/static/chunks/framework.js', '.next/static/chunks/page.js'] },
    ]),
  );
  const read = (name: string) => fs.readFileSync(path.join(chunks, name), 'utf8');
  return { dist, read };
}

describe('V8 compile hints on first-load chunks (issue 16, Lighthouse TBT)', () => {
  it('marks the framework and each route’s first-load chunks once, and leaves chunks loaded later lazy', () => {
    const { dist, read } = fakeBuild();
    expect(addCompileHints(dist)).toBe(2);
    expect(read('framework.js')).toBe(`${COMPILE_HINT}/* framework.js */`);
    expect(read('page.js')).toBe(`${COMPILE_HINT}/* page.js */`);
    expect(read('later.js')).toBe('/* later.js */');
    expect(read('style.css')).toBe('/* style.css */');
    // A second pass (a build step run twice) changes nothing, so the files' integrity stays the same.
    expect(addCompileHints(dist)).toBe(0);
    expect(read('page.js')).toBe(`${COMPILE_HINT}/* page.js */`);
    fs.rmSync(dist, { recursive: true });
  });
});
