// node bench/trust-html.mjs [base-url] [--pages /a,/b] [--detail]
//
// Where the bytes of the public pages' HTML go (issue 16, "lighter pages"): for every sitemap URL (plus
// /search?q=password), or only the pages given, the uncompressed and gzip size, split into the inline
// React Server Components payload (`self.__next_f.push`), other inline scripts (JSON-LD, theme), inline
// SVG, class attributes and the rest of the markup. Needs a running server (npm start), default
// http://localhost:3000.
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const base = (args.find((a) => /^https?:/.test(a)) ?? 'http://localhost:3000').replace(/\/$/, '');
const pagesArg = args.includes('--pages') ? args[args.indexOf('--pages') + 1] : null;
const detail = args.includes('--detail');

async function pages() {
  if (pagesArg) return pagesArg.split(',');
  const xml = await (await fetch(`${base}/sitemap.xml`)).text();
  const found = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
  return [...found, '/search?q=password'];
}

const sum = (re, html) => [...html.matchAll(re)].reduce((n, m) => n + Buffer.byteLength(m[0]), 0);
const kb = (n) => (n / 1000).toFixed(1).padStart(6);

export function breakdown(html) {
  const total = Buffer.byteLength(html);
  const flight = sum(/<script>self\.__next_f\.push\([\s\S]*?<\/script>/g, html);
  const scripts = sum(/<script\b[^>]*>[\s\S]*?<\/script>/g, html);
  // Markup only (scripts removed) for the rest, so nothing is counted twice.
  const dom = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '');
  const svg = sum(/<svg\b[\s\S]*?<\/svg>/g, dom);
  const classes = sum(/ class="[^"]*"/g, dom);
  const head = sum(/<head>[\s\S]*?<\/head>/g, dom);
  return { total, gzip: gzipSync(html).length, flight, otherScripts: scripts - flight, svg, classes, head };
}

console.log(
  `${'page'.padEnd(62)} ${'HTML kB'.padStart(7)} ${'gzip'.padStart(6)} │ ${'RSC'.padStart(6)} ${'oscr'.padStart(6)} ${'svg'.padStart(6)} ${'class'.padStart(6)} ${'head'.padStart(6)} ${'rest'.padStart(6)}`,
);
for (const page of await pages()) {
  const res = await fetch(base + page);
  const html = await res.text();
  const b = breakdown(html);
  const rest = b.total - b.flight - b.otherScripts - b.svg - b.classes - b.head;
  console.log(
    `${page.padEnd(62)} ${kb(b.total)}  ${kb(b.gzip)} │ ${kb(b.flight)} ${kb(b.otherScripts)} ${kb(b.svg)} ${kb(b.classes)} ${kb(b.head)} ${kb(rest)}${res.status === 200 ? '' : `  (${res.status})`}`,
  );
  if (detail) {
    const counts = new Map();
    for (const m of html.matchAll(/ class="([^"]*)"/g)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    const top = [...counts]
      .map(([c, n]) => [c, n, n * (c.length + 9)])
      .sort((a, b) => b[2] - a[2])
      .slice(0, 15);
    for (const [c, n, bytes] of top)
      console.log(`    ${String(bytes).padStart(6)} B  ×${String(n).padStart(3)}  ${c.slice(0, 110)}`);
  }
}
console.log(
  '(kB = 1000 bytes; RSC = self.__next_f.push payload; oscr = other inline scripts; rest = DOM markup and text)',
);
