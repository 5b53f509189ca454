// Compiled pages, keyed by the hash of their source: in this process's memory, and on disk so that a
// restart (or the server after `next build`, which compiles every page) starts warm. An entry can never
// be stale: a changed source has another hash. The disk cache is an optimisation only — any failure to
// read or write it falls back to compiling.
import fs from 'node:fs';
import path from 'node:path';
import { COMPILER_VERSION, compilePage, sourceHash, type CompiledPage } from './compile-page';

const KEY = Symbol.for('trust-center.compiled-pages');
const store = ((globalThis as { [KEY]?: Map<string, Promise<CompiledPage>> })[KEY] ??= new Map());

/** node_modules/.cache is where build tools keep such caches; it survives rebuilds and is never committed. */
const cacheDir = () => path.join(process.cwd(), 'node_modules', '.cache', 'trust-center-content');

function readDisk(hash: string): CompiledPage | null {
  try {
    const entry = JSON.parse(fs.readFileSync(path.join(cacheDir(), `${hash}.json`), 'utf8')) as CompiledPage;
    return entry.compilerVersion === COMPILER_VERSION && entry.hash === hash ? entry : null;
  } catch {
    return null;
  }
}

function writeDisk(entry: CompiledPage): void {
  try {
    fs.mkdirSync(cacheDir(), { recursive: true });
    const file = path.join(cacheDir(), `${entry.hash}.json`);
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(entry));
    fs.renameSync(tmp, file); // atomic: a reader never sees half a file
  } catch {
    // Read-only file system: memory only.
  }
}

/** The compiled page for this source, compiling it at most once per process (and once per machine). */
export function compileCached(source: string, file: string): Promise<CompiledPage> {
  const hash = sourceHash(source);
  let entry = store.get(hash);
  if (!entry) {
    const fromDisk = readDisk(hash);
    entry = fromDisk
      ? Promise.resolve(fromDisk)
      : compilePage(source, file).then((compiled) => {
          writeDisk(compiled);
          return compiled;
        });
    // A failed compilation is not kept: the next call reports the problem again.
    entry.catch(() => store.delete(hash));
    store.set(hash, entry);
  }
  return entry;
}

const DAY_MS = 86_400_000;

/**
 * Drops memory entries whose source is gone (after a publish), so the process does not grow forever,
 * and disk entries nobody has written for a day (older versions of pages, older compilers).
 */
export function retainOnly(hashes: Set<string>): void {
  for (const hash of store.keys()) if (!hashes.has(hash)) store.delete(hash);
  try {
    for (const name of fs.readdirSync(cacheDir())) {
      const file = path.join(cacheDir(), name);
      if (!hashes.has(name.replace(/\.json$/, '')) && Date.now() - fs.statSync(file).mtimeMs > DAY_MS) fs.rmSync(file, { force: true });
    }
  } catch {
    // No cache directory (yet), or a read-only one: nothing to tidy.
  }
}
