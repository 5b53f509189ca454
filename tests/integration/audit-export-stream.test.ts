// The audit export reads rows with its own SQL (lib/audit/export-query.ts) and, on PostgreSQL, through a
// server-side cursor on a connection of its own. These tests hold it to the viewer's filter semantics
// and to the exact CSV and JSON Lines it wrote when it still went through Prisma.
import { beforeAll, describe, expect, it } from 'vitest';
import { exportAuditEvents } from '@/lib/audit/export-audit-events';
import { compactJsonb } from '@/lib/audit/export-query';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { recordAudit } from '@/lib/audit/record';
import { db } from '@/lib/db';
import { ZAuditFilterSchema } from '@/lib/validation/audit';
import { databaseKind } from '@/tests/fixtures/db';
import { createOrganization, createUser, meta, signedInCtx } from '@/tests/fixtures/factories';

let org: Awaited<ReturnType<typeof createOrganization>>;
let admin: Awaited<ReturnType<typeof signedInCtx>>;

const LABELS = ['Ana_Lee@Example.test', 'ana%lee@example.test', 'BOB@example.test', 'anaxlee@example.test'];

beforeAll(async () => {
  org = await createOrganization('Stream Co');
  const other = await createOrganization('Elsewhere Co');
  admin = await signedInCtx(
    await createUser({ organizationId: org.id, role: 'admin', email: 'stream-admin@example.test' }),
    org,
  );
  const actions = ['auth.signin.succeeded', 'auth.signin.failed', 'session.revoked', 'auth.password.changed'] as const;
  for (let i = 0; i < 48; i++) {
    await db().$transaction((tx) =>
      recordAudit(tx, {
        organizationId: i % 12 === 11 ? other.id : org.id,
        action: actions[i % 4]!,
        actor: { type: 'USER', id: `actor-${i % 3}`, label: LABELS[i % 4]! },
        target: { type: i % 2 ? 'session' : 'user', id: `t-${i}`, label: i % 5 === 0 ? `Target_${i}, "quoted"` : null },
        outcome: (['SUCCESS', 'FAILURE', 'DENIED'] as const)[i % 3],
        changes: i % 6 === 0 ? { after: { role: 'admin', note: 'x y' }, before: { role: 'member' } } : undefined,
        meta: meta({ ip: `203.0.113.${i}`, requestId: `req-${i}` }),
      }),
    );
  }
});

const filter = (raw: Record<string, string>) => ZAuditFilterSchema.parse(raw);

async function exportedIds(raw: Record<string, string>): Promise<string[]> {
  const result = await exportAuditEvents(admin, { ...filter(raw), format: 'jsonl' });
  const text = await new Response(result.body).text();
  // Events the export itself records (audit.exported) are left out of the comparison on both sides, and
  // so is the signed checkpoint that ends every JSON Lines export.
  const lines = text
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; action: string; type?: string });
  expect(lines.at(-1)?.type).toBe('audit.checkpoint');
  return lines.filter((l) => l.type !== 'audit.checkpoint' && l.action !== 'audit.exported').map((l) => l.id);
}

async function viewerIds(raw: Record<string, string>): Promise<string[]> {
  const page = await listAuditEvents(admin, filter(raw), 1000);
  return page.events
    .filter((e) => e.action !== 'audit.exported')
    .map((e) => e.id)
    .reverse();
}

describe('audit export stream', () => {
  const today = new Date().toISOString().slice(0, 10);
  const cases: Record<string, string>[] = [
    {},
    { actor: 'ana_lee' },
    { actor: 'ANA%' },
    { actor: 'actor-1' },
    { category: 'auth' },
    { action: 'session.revoked' },
    { target: 'target_1' },
    { target: 'user' },
    { target: 't-7' },
    { outcome: 'DENIED' },
    { from: today, to: today },
    { to: '2000-01-01' },
    { q: 'bob' },
    { q: '203.0.113.4' },
    { q: 'req-9' },
    { q: 'PASSWORD' },
    { actor: 'example', outcome: 'FAILURE', action: 'auth.signin.failed' },
  ];
  it.each(cases.map((c) => [JSON.stringify(c), c] as const))(
    '[R25] selects the same events as the viewer for %s',
    async (_name, raw) => {
      const viewer = await viewerIds(raw);
      expect(await exportedIds(raw)).toEqual(viewer);
    },
  );

  it('treats % and _ in a search as the characters themselves, in the viewer and in the export', async () => {
    const page = await listAuditEvents(admin, filter({ actor: 'ana_lee' }), 1000);
    expect(new Set(page.events.map((e) => e.actor.label))).toEqual(new Set(['Ana_Lee@Example.test']));
    const percent = await listAuditEvents(admin, filter({ actor: 'ana%' }), 1000);
    expect(new Set(percent.events.map((e) => e.actor.label))).toEqual(new Set(['ana%lee@example.test']));
  });

  it('writes CSV and JSON Lines as before: column order, compact JSON, quoting, formula guard', async () => {
    const csv = await new Response(
      (await exportAuditEvents(admin, { ...filter({ q: 'req-0' }), format: 'csv' })).body,
    ).text();
    const [header, row, ...rest] = csv.split('\n');
    expect(header).toBe(
      'seq,id,occurredAt,actorType,actorId,actorLabel,action,targetType,targetId,targetLabel,outcome,ip,userAgent,requestId,changes,prevHash,hash',
    );
    expect(rest).toEqual(['']);
    expect(row).toMatch(
      /^\d+,[0-9a-f-]{36},\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z,USER,actor-0,Ana_Lee@Example\.test,auth\.signin\.succeeded,user,t-0,"Target_0, ""quoted""",SUCCESS,203\.0\.113\.0,/,
    );
    expect(row).toContain(',"{""after"":{""note"":""x y"",""role"":""admin""},""before"":{""role"":""member""}}",');

    const jsonl = await new Response(
      (await exportAuditEvents(admin, { ...filter({ q: 'req-0' }), format: 'jsonl' })).body,
    ).text();
    const [line, checkpointLine, ...more] = jsonl.trim().split('\n');
    expect(more).toEqual([]);
    expect(JSON.parse(checkpointLine!)).toMatchObject({ type: 'audit.checkpoint', filtered: true, count: 1 });
    const record = JSON.parse(line!) as Record<string, unknown>;
    expect(Object.keys(record)).toEqual([
      'seq',
      'id',
      'organizationId',
      'occurredAt',
      'actorType',
      'actorId',
      'actorLabel',
      'action',
      'targetType',
      'targetId',
      'targetLabel',
      'outcome',
      'ip',
      'userAgent',
      'requestId',
      'changes',
      'prevHash',
      'hash',
    ]);
    expect(record.organizationId).toBe(org.id);
    expect(record.changes).toEqual({ after: { role: 'admin', note: 'x y' }, before: { role: 'member' } });
    const stored = await db().auditEvent.findUniqueOrThrow({ where: { id: record.id as string } });
    expect(record.occurredAt).toBe(stored.occurredAt.toISOString());
    expect(record.seq).toBe(stored.seq.toString());
  });

  it('writes jsonb compactly exactly as JSON.stringify would, whatever the strings hold', async () => {
    const samples: unknown[] = [
      {},
      [],
      { after: { role: 'admin' }, before: { role: 'member' } },
      {
        note: 'a, b: c',
        quote: 'say "hi", \\ back\\slash',
        tab: 'a\tb\nc',
        ctrl: '\u0001',
        unicode: 'é 日本 😀',
        empty: '',
      },
      {
        n: 1,
        neg: -2,
        frac: 1.5,
        small: 0.000001,
        big: 1e21,
        exp: 2e-7,
        t: true,
        f: false,
        z: null,
        list: [1, 'two', [3, { four: 4 }]],
      },
      { 'key with spaces': 'value with spaces', 'ends with e': 'true e', digits1e5: '1e5' },
    ];
    for (const value of samples) {
      const rows = await db().$queryRawUnsafe<{ text: string }[]>(
        'SELECT $1::jsonb::text AS text',
        JSON.stringify(value),
      );
      const text = rows[0]!.text;
      expect(compactJsonb(text)).toBe(JSON.stringify(JSON.parse(text)));
    }
  });

  it('a download cancelled half-way releases its database connection', async () => {
    const result = await exportAuditEvents(admin, { ...filter({}), format: 'csv' }, 1_000_000);
    const reader = result.body.getReader();
    await reader.read(); // header
    await reader.read(); // first batch: the cursor is open now
    await reader.cancel();
    if (databaseKind() === 'postgres') {
      const open = await db().$queryRawUnsafe<{ n: number }[]>(
        "SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND query ILIKE '%rows_cursor%'",
      );
      expect(open[0]!.n).toBe(0);
    }
    // The application's own connection still answers.
    expect(await db().auditEvent.count({ where: { organizationId: org.id } })).toBeGreaterThan(0);
  });
});
