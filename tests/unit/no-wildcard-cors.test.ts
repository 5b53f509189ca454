import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A static sweep: a wildcard Access-Control-Allow-Origin anywhere in the app would be caught here,
// even on a route that has no integration test of its own.
const ROOTS = ['app', 'lib', 'components', 'proxy.ts', 'next.config.js', 'server.mjs'];

function sourceFiles(entry: string): string[] {
  let stats;
  try {
    stats = statSync(entry);
  } catch {
    return [];
  }
  if (stats.isFile()) return /\.(ts|tsx|mjs|js)$/.test(entry) ? [entry] : [];
  return readdirSync(entry).flatMap((name) => sourceFiles(path.join(entry, name)));
}

describe('[R30] no wildcard CORS', () => {
  it('[R30] no source file sets Access-Control-Allow-Origin to *', () => {
    const files = ROOTS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    const offenders = files.filter((file) =>
      /access-control-allow-origin['"]?\s*[:,]\s*['"`]\*/i.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
