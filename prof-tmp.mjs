import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const ctx = await b.newContext();
const p = await ctx.newPage();
const c = await ctx.newCDPSession(p);
await c.send('Profiler.enable'); await c.send('Profiler.setSamplingInterval', { interval: 100 });
await c.send('Profiler.start');
await p.goto('http://localhost:3390' + (process.argv[2] || '/subprocessors'));
await p.waitForTimeout(2500);
const { profile } = await c.send('Profiler.stop');
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map();
profile.samples.forEach((s, i) => counts.set(s, (counts.get(s) || 0) + (dt[i] || 0)));
for (const [id, us] of counts) { const n = byId.get(id); const f = n.callFrame; const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}:${f.columnNumber}`; self.set(key, (self.get(key) || 0) + us); }
const tot = [...self.values()].reduce((a, b) => a + b, 0);
console.log('total ms', (tot / 1000).toFixed(0));
for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log((v / 1000).toFixed(1), k);
await b.close();
