// After `next build`: marks every chunk a page loads on arrival with V8's compile hint
// `//# allFunctionsCalledOnLoad` (Chromium 136+; other engines read a comment). Issue 16, Lighthouse on
// the public pages: most of their main-thread time was V8 compiling React's and Next's functions lazily,
// one by one, as the hydration first called them (about half of react-dom's and Turbopack's script time
// in a profile of /certifications). With the hint, V8 compiles the whole chunk while it streams in, on a
// background thread, so the page's long tasks shrink (Total Blocking Time roughly halved under
// Lighthouse's 4× CPU throttle). Only first-load chunks are marked, since their functions do run on load;
// chunks fetched later (dynamic imports) keep lazy compilation. The server computes each script's
// `integrity` from the file it serves (lib/http/public-render.mjs), so SRI and the CSP hashes follow.
import fs from 'node:fs';
import path from 'node:path';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** The chunks some route loads on arrival: the framework (rootMainFiles) and each route's first load. */
export function firstLoadChunks(dist) {
  const files = new Set();
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, 'build-manifest.json'), 'utf8'));
  for (const file of manifest.rootMainFiles ?? []) files.add(path.join(dist, file));
  const stats = path.join(dist, 'diagnostics', 'route-bundle-stats.json');
  if (fs.existsSync(stats))
    for (const route of JSON.parse(fs.readFileSync(stats, 'utf8')))
      for (const chunk of route.firstLoadChunkPaths ?? [])
        if (chunk.includes('static/')) files.add(path.join(dist, chunk.slice(chunk.indexOf('static/'))));
  return [...files].filter((file) => file.endsWith('.js') && fs.existsSync(file));
}

/** Prepends the hint to every first-load chunk (once: a marked chunk is left as it is). Returns how many. */
export function addCompileHints(dist) {
  let marked = 0;
  for (const file of firstLoadChunks(dist)) {
    const source = fs.readFileSync(file, 'utf8');
    if (source.startsWith(COMPILE_HINT)) continue;
    fs.writeFileSync(file, COMPILE_HINT + source);
    marked++;
  }
  return marked;
}
