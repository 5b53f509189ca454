// The property test of issue 21: arbitrary strings, dates and numbers thrown at every page's search
// parameters and path segments and at every server action's input, anonymously and signed in, against
// the production server. For every input: no 5xx, no `INTERNAL` result, and nothing of ours reflected
// unescaped into HTML. Inputs come from fast-check with a fixed seed (FUZZ_SEED) and a fixed count
// (FUZZ_RUNS, 10,000 by default), sent a few at a time (FUZZ_CONCURRENCY). Every failure is collected
// and listed at the end (and written to test-results/fuzz-failures.json), not only the first.
// Its own harness (playwright.fuzz.config.ts, its own server and database): anonymous bad requests trip
// per-address limiters (the API's auth-failure limit among them) that would break the main e2e specs.
import fs from 'node:fs';
import { expect, test, type Browser } from '@playwright/test';
import fc from 'fast-check';
import { signIn } from '../e2e/support/auth';
import {
  QUERY_NAMES,
  actionTargets,
  fieldNames,
  fillRoute,
  pageTargets,
  type ActionTarget,
  type PageTarget,
} from './support/targets';

const SEED = Number(process.env.FUZZ_SEED ?? 21_2026);
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const CONCURRENCY = Number(process.env.FUZZ_CONCURRENCY ?? 8);
/** Carried by some inputs: if it ever appears in HTML as is, an input was reflected without escaping. */
const MARK = '<fz-';
/** Actions that end the signed-in session the rest of the run depends on: fuzzed anonymously only. */
const ENDS_SESSION = /^(signOut|leaveSupportSession|switchOrganization)/;

test.describe.configure({ mode: 'serial' });
test.setTimeout(15 * 60_000);

const NASTY = [
  '\u0000',
  'a\u0000b',
  '%00',
  '\u0001\u001f\u007f',
  '\u0085\u009f',
  '\ud800',
  'x\udfff',
  '\ufeff',
  '\u202e',
  '9999999999999999999',
  '99999999999999999999999',
  '-1',
  '0',
  '-0',
  '1e309',
  'NaN',
  'Infinity',
  '0x1f',
  '1.5',
  '2026-02-30',
  '2026-13-01',
  '0000-01-01',
  '275760-09-13',
  '2026-02-29',
  '2028-02-29',
  '1969-12-31T23:59:59Z',
  "' OR 1=1 --",
  '"; DROP TABLE "User"; --',
  '\\',
  '%',
  '%zz',
  '_%_',
  '../../etc/passwd',
  '$Q1',
  '$$',
  '$1',
  '$K1',
  '',
  ' ',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '{"a":1}',
  'on',
  'me',
  'unassigned',
  'a'.repeat(3000),
  '00000000-0000-0000-0000-000000000000',
  'https://evil.example/',
  'javascript:alert(1)',
  '//evil.example',
];

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const value: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 30 }) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.oneof(fc.integer(), fc.bigInt(), fc.double()).map(String) },
  {
    weight: 2,
    arbitrary: fc
      .date({ noInvalidDate: false })
      .map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString().slice(0, 10))),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.nat(300_000), fc.nat(99), fc.nat(99))
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`),
  },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 2, arbitrary: fc.nat().map((n) => `${MARK}${n}>"'&`) },
);
const names = fieldNames();
const key = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...QUERY_NAMES) },
  { weight: 4, arbitrary: fc.constantFrom(...names) },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const fields = fc.dictionary(key, value, { maxKeys: 6 });

/** encodeURIComponent, except that a lone surrogate (which it refuses) goes out as the bytes of U+FFFD. */
const encode = (s: string) =>
  encodeURIComponent(s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));

interface Probe {
  label: string;
  url: string;
  init: RequestInit;
}

interface Failure {
  probe: string;
  status: number;
  why: string;
}

function pageProbe(target: PageTarget): fc.Arbitrary<Probe> {
  return fc
    .record({ segments: fc.array(value, { minLength: 4, maxLength: 4 }), query: fields })
    .map(({ segments, query }) => {
      let i = 0;
      const path = fillRoute(target.route, () => encode(segments[i++ % 4]!));
      const qs = Object.entries(query)
        .map(([k, v]) => `${encode(k)}=${encode(v)}`)
        .join('&');
      const url = `${path}${qs ? `?${qs}` : ''}`;
      return { label: `GET ${url}`, url, init: { method: 'GET' } };
    });
}

/** React's reply encoding escapes a leading `$`; a hostile client does not have to. */
const escapeDollars = (v: unknown): unknown =>
  typeof v === 'string'
    ? v.startsWith('$')
      ? `$${v}`
      : v
    : Array.isArray(v)
      ? v.map(escapeDollars)
      : v && typeof v === 'object'
        ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, escapeDollars(x)]))
        : v;

function actionProbe(target: ActionTarget): fc.Arbitrary<Probe> {
  const notAForm = fc.constantFrom<unknown>([], 'str', 7, null, [null], [1, 2], true);
  const textBody = fc
    .record({
      prev: fc.oneof(fc.constant(null), value, fc.constant({})),
      input: fc.oneof({ weight: 4, arbitrary: fields }, { weight: 1, arbitrary: notAForm }),
      escape: fc.boolean(),
      shape: fc.nat(3),
    })
    .map(({ prev, input, escape, shape }) => {
      const args = shape === 0 ? [input] : shape === 1 ? input : [prev, input];
      return JSON.stringify(escape ? escapeDollars(args) : args);
    });
  const formBody = fields.map((f) => {
    // As React sends a form: its fields under the prefix `_1_`, then the argument list (part 0) last.
    const fd = new FormData();
    for (const [k, v] of Object.entries(f)) fd.append(`_1_${k}`, v);
    fd.append('0', '[null,"$K1"]');
    return fd;
  });
  // A form posted without JavaScript: the action's id as a field, no Next-Action header.
  const noScriptBody = fields.map((f) => {
    const fd = new FormData();
    fd.append(`$ACTION_ID_${target.id}`, '');
    for (const [k, v] of Object.entries(f)) fd.append(k, v);
    return fd;
  });
  const noScript = noScriptBody.map((body) => ({
    label: `POST ${target.route} ${target.name} (no JavaScript) ${JSON.stringify([...body.entries()]).slice(0, 300)}`,
    url: target.route,
    init: { method: 'POST', body },
  }));
  const withScript = fc.oneof(textBody, formBody).map((body) => ({
    label: `POST ${target.route} ${target.name} ${typeof body === 'string' ? body.slice(0, 300) : JSON.stringify([...body.entries()]).slice(0, 300)}`,
    url: target.route,
    init: {
      method: 'POST',
      body,
      headers: {
        'Next-Action': target.id,
        Accept: 'text/x-component',
        ...(typeof body === 'string' ? { 'Content-Type': 'text/plain;charset=UTF-8' } : {}),
      },
    },
  }));
  return fc.oneof({ weight: 4, arbitrary: withScript }, { weight: 1, arbitrary: noScript });
}

/** Answers by status, printed per phase: shows what the inputs reached (a fuzzer that only sees 400s proves little). */
const statuses = new Map<number, number>();

async function send(baseURL: string, cookie: string, probe: Probe): Promise<Failure | null> {
  const headers = new Headers(probe.init.headers);
  headers.set('Origin', baseURL);
  if (cookie) headers.set('Cookie', cookie);
  let res: Response;
  try {
    res = await fetch(new URL(probe.url, baseURL), {
      ...probe.init,
      headers,
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    });
  } catch (err) {
    return { probe: probe.label, status: 0, why: `no answer: ${(err as Error).message}` };
  }
  const body = await res.text().catch(() => '');
  statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
  if (res.status >= 500) return { probe: probe.label, status: res.status, why: body.slice(0, 200) };
  if (/"code":"INTERNAL"|\\"code\\":\\"INTERNAL\\"/.test(body))
    return { probe: probe.label, status: res.status, why: 'INTERNAL result' };
  if ((res.headers.get('content-type') ?? '').includes('text/html') && body.includes(MARK)) {
    return { probe: probe.label, status: res.status, why: 'input reflected unescaped into HTML' };
  }
  return null;
}

/** Runs `runs` probes drawn with `seed` from `arbitrary`, CONCURRENCY at a time; returns the failures. */
async function fuzz(
  baseURL: string,
  cookie: string,
  arbitrary: fc.Arbitrary<Probe>,
  runs: number,
  seed: number,
): Promise<Failure[]> {
  const probes = fc.sample(arbitrary, { seed, numRuns: runs });
  const failures: Failure[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < probes.length) {
        const failure = await send(baseURL, cookie, probes[next++]!);
        if (failure) failures.push(failure);
      }
    }),
  );
  return failures;
}

async function sessionCookie(browser: Browser, email: string, next: string): Promise<string> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, undefined, next);
  const cookies = await context.cookies();
  await context.close();
  return cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

const report: Failure[] = [];
function expectClean(phase: string, failures: Failure[]) {
  console.log(`${phase}: answers by status ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
  statuses.clear();
  report.push(...failures.map((f) => ({ ...f, probe: `[${phase}] ${f.probe}` })));
  fs.mkdirSync('test-results', { recursive: true });
  fs.writeFileSync('test-results/fuzz-failures.json', JSON.stringify(report, null, 2));
  const summary = failures
    .slice(0, 40)
    .map((f) => `${f.status} ${f.why.replace(/\s+/g, ' ').slice(0, 120)} ← ${f.probe.slice(0, 240)}`);
  expect(summary, `${failures.length} failing inputs (${phase})`).toEqual([]);
}

// The split of FUZZ_RUNS between the phases (anonymous visitors see far more of the surface).
const share = (fraction: number) => Math.max(1, Math.round(RUNS * fraction));
const allPages = pageTargets();
const allActions = actionTargets();

test('[issue 21] the build exposes the pages and actions the fuzzer aims at', () => {
  expect(allPages.length).toBeGreaterThan(40);
  expect(allActions.length).toBeGreaterThan(40);
  expect(allPages.map((p) => p.route)).toContain('/account/audit-log/export');
  expect(allActions.map((a) => a.name).join()).toContain('reportAbuseAction');
});

test('[issue 21] every page and route, anonymous: arbitrary path segments and search parameters', async ({
  baseURL,
}) => {
  const probes = fc.oneof(...allPages.map(pageProbe));
  expectClean('pages, anonymous', await fuzz(baseURL!, '', probes, share(0.3), SEED));
});

test('[issue 21] every server action, anonymous: arbitrary bodies and fields', async ({ baseURL }) => {
  const probes = fc.oneof(...allActions.map(actionProbe));
  expectClean('actions, anonymous', await fuzz(baseURL!, '', probes, share(0.3), SEED + 1));
});

test('[issue 21] pages and actions signed in, as a customer admin and as vendor staff', async ({
  baseURL,
  browser,
}) => {
  const failures: Failure[] = [];
  const signedInActions = allActions.filter((a) => !ENDS_SESSION.test(a.name));
  const mixed = fc.oneof(
    ...allPages.filter((p) => !p.route.startsWith('/api/')).map(pageProbe),
    ...signedInActions.map(actionProbe),
  );
  for (const [i, [email, home]] of (
    [
      ['admin@globex.example', '/account'],
      ['compliance@acme.example', '/studio'],
    ] as const
  ).entries()) {
    const cookie = await sessionCookie(browser, email, home);
    failures.push(...(await fuzz(baseURL!, cookie, mixed, share(0.2), SEED + 2 + i)));
  }
  expectClean('signed in', failures);
});
