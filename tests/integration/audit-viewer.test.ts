import { beforeAll, describe, expect, it } from 'vitest';
import { exportAuditEvents } from '@/lib/audit/export-audit-events';
import { chainHash } from '@/lib/audit/hash-chain';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { recordAudit } from '@/lib/audit/record';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { ZAuditFilterSchema } from '@/lib/validation/audit';
import { createOrganization, createUser, meta, signedInCtx } from '@/tests/fixtures/factories';

let org: Awaited<ReturnType<typeof createOrganization>>;
let other: Awaited<ReturnType<typeof createOrganization>>;
let admin: Awaited<ReturnType<typeof signedInCtx>>;

const ACTIONS = ['auth.signin.succeeded', 'auth.signin.failed', 'session.revoked'] as const;

beforeAll(async () => {
  org = await createOrganization('Viewer Co');
  other = await createOrganization('Other Co');
  admin = await signedInCtx(
    await createUser({ organizationId: org.id, role: 'admin', email: 'viewer-admin@example.test' }),
    org,
  );
  // 125 events in this organization, cycling through three actions and two outcomes; 10 in another.
  for (let i = 0; i < 125; i++) {
    await db().$transaction((tx) =>
      recordAudit(tx, {
        organizationId: org.id,
        action: ACTIONS[i % 3]!,
        actor: { type: 'USER', id: `actor-${i % 5}`, label: `person${i % 5}@viewer.example` },
        target: { type: 'session', id: `s-${i}`, label: i === 77 ? 'Needle target' : null },
        outcome: i % 3 === 1 ? 'FAILURE' : 'SUCCESS',
        meta: meta({ ip: `198.51.100.${i % 250}` }),
      }),
    );
  }
  for (let i = 0; i < 10; i++) {
    await db().$transaction((tx) =>
      recordAudit(tx, {
        organizationId: other.id,
        action: 'auth.signout',
        actor: { type: 'USER', id: 'x', label: 'outsider@other.example' },
        meta: meta(),
      }),
    );
  }
});

const filter = (raw: Record<string, string>) => ZAuditFilterSchema.parse(raw);

describe('audit log viewer', () => {
  it('pages newest first with a keyset cursor and no gaps or repeats at page boundaries', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listAuditEvents(admin, filter(cursor ? { cursor } : {}), 50);
      seen.push(...page.events.map((e) => e.seq));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    // 125 seeded events (the signed-in admin wrote none); every page boundary crossed exactly once.
    expect(pages).toBe(3);
    expect(seen).toHaveLength(125);
    expect(new Set(seen).size).toBe(125);
    const asNumbers = seen.map(BigInt);
    expect(asNumbers.every((s, i) => i === 0 || s < asNumbers[i - 1]!)).toBe(true);
  });

  it('a page exactly full says there is no next page', async () => {
    const all = await listAuditEvents(admin, filter({ action: 'auth.signin.failed' }), 1000);
    const page = await listAuditEvents(admin, filter({ action: 'auth.signin.failed' }), all.events.length);
    expect(page.nextCursor).toBeNull();
  });

  it('filters by action, category, outcome, actor, target and free text', async () => {
    expect((await listAuditEvents(admin, filter({ action: 'session.revoked' }), 1000)).events).toHaveLength(41);
    expect((await listAuditEvents(admin, filter({ category: 'auth' }), 1000)).events).toHaveLength(84);
    expect((await listAuditEvents(admin, filter({ outcome: 'FAILURE' }), 1000)).events).toHaveLength(42);
    expect((await listAuditEvents(admin, filter({ actor: 'PERSON3@viewer' }), 1000)).events).toHaveLength(25);
    expect((await listAuditEvents(admin, filter({ target: 'needle' }), 1000)).events.map((e) => e.target.id)).toEqual([
      's-77',
    ]);
    expect((await listAuditEvents(admin, filter({ q: '198.51.100.7' }), 1000)).events.length).toBeGreaterThan(0);
    const combined = await listAuditEvents(
      admin,
      filter({ category: 'auth', outcome: 'SUCCESS', actor: 'person0@viewer.example' }),
      1000,
    );
    expect(
      combined.events.every((e) => e.action === 'auth.signin.succeeded' && e.actor.label === 'person0@viewer.example'),
    ).toBe(true);
  });

  it('filters by date range (UTC days, inclusive)', async () => {
    const today = new Date().toISOString().slice(0, 10);
    expect((await listAuditEvents(admin, filter({ from: today, to: today }), 1000)).events).toHaveLength(125);
    expect((await listAuditEvents(admin, filter({ to: '2020-01-01' }), 1000)).events).toHaveLength(0);
  });

  it('rejects malformed filters with a specific message', () => {
    const bad = ZAuditFilterSchema.safeParse({ from: '2026-13-40', to: '2026-01-01', outcome: 'MAYBE', cursor: 'abc' });
    expect(bad.success).toBe(false);
    const messages = bad.error!.issues.map((i) => i.message).join(' | ');
    expect(messages).toMatch(/From is not a real date/);
    expect(messages).toMatch(/Choose success, failure or denied/);
    expect(messages).toMatch(/page link is not valid/);
  });

  it("[R25] shows only the caller's organization and refuses members without audit:read", async () => {
    const page = await listAuditEvents(admin, filter({}), 1000);
    expect(page.events.some((e) => e.actor.label === 'outsider@other.example')).toBe(false);
    const member = await signedInCtx(await createUser({ organizationId: org.id, role: 'member' }), org);
    const err = await listAuditEvents(member, filter({})).catch((e: unknown) => e);
    expect((err as AppError).code).toBe('FORBIDDEN');
  });
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(stream).text();
}

describe('audit export', () => {
  it('JSON Lines export matches the filter, is oldest first, and each line verifies offline', async () => {
    const result = await exportAuditEvents(admin, { ...filter({ action: 'session.revoked' }), format: 'jsonl' });
    expect(result.filename).toMatch(/^audit-log-viewer-co-.*\.jsonl$/);
    const all = (await readAll(result.body))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    // The last line is the export's signed checkpoint (scripts/verify-audit-export.mjs checks it).
    expect(all.at(-1)).toMatchObject({ type: 'audit.checkpoint', filtered: true, count: 41 });
    const lines = all.slice(0, -1);
    expect(lines).toHaveLength(41);
    expect(lines.every((l) => l.action === 'session.revoked')).toBe(true);
    expect(lines.map((l) => BigInt(l.seq)).every((s, i, a) => i === 0 || s > a[i - 1]!)).toBe(true);
    // The documented offline check: hash = sha256(prevHash + "\n" + canonical JSON of the event fields).
    for (const l of lines) {
      const { seq: _seq, prevHash, hash, ...fields } = l;
      expect(chainHash(prevHash, fields)).toBe(hash);
    }
    // Exporting is itself audited.
    const exported = await db().auditEvent.findFirst({ where: { organizationId: org.id, action: 'audit.exported' } });
    expect(exported?.actorLabel).toBe('viewer-admin@example.test');
  });

  it('CSV export has a header, quotes safely and neutralises spreadsheet formulas', async () => {
    await db().$transaction((tx) =>
      recordAudit(tx, {
        organizationId: org.id,
        action: 'session.revoked',
        actor: { type: 'USER', id: 'evil', label: '=HYPERLINK("http://x","click")' },
        target: { type: 'session', id: 'csv', label: 'with, comma and "quotes"' },
        meta: meta(),
      }),
    );
    const result = await exportAuditEvents(admin, { ...filter({ actor: 'evil' }), format: 'csv' });
    const text = await readAll(result.body);
    const [header, row] = text.trim().split('\n');
    expect(header!.split(',')).toContain('hash');
    expect(row).toContain(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(row).toContain('"with, comma and ""quotes"""');
  });

  it('stops at the row limit', async () => {
    const result = await exportAuditEvents(admin, { ...filter({}), format: 'jsonl' }, 10);
    const lines = (await readAll(result.body)).trim().split('\n');
    expect(lines).toHaveLength(11); // 10 events and the checkpoint, which says the limit cut the export
    expect(JSON.parse(lines[10]!)).toMatchObject({ type: 'audit.checkpoint', count: 10, limitReached: true });
  });
});

describe('offline verification of an export', () => {
  it('[R29] the documented script verifies a complete export and catches an edited line', async () => {
    const { execFileSync } = await import('node:child_process');
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const result = await exportAuditEvents(admin, { ...filter({}), format: 'jsonl' });
    const text = await readAll(result.body);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-export-'));
    const good = path.join(dir, 'good.jsonl');
    fs.writeFileSync(good, text);
    const ok = execFileSync(process.execPath, ['scripts/verify-audit-export.mjs', '--complete', good], {
      encoding: 'utf8',
    });
    expect(ok).toMatch(
      /✔ \d+ events verified; \d+ links between consecutive lines checked \(complete chain from its genesis to the head #\d+\)/,
    );

    const lines = text.trim().split('\n');
    const edited = JSON.parse(lines[3]!);
    edited.actorLabel = 'somebody-else@example.test';
    lines[3] = JSON.stringify(edited);
    const bad = path.join(dir, 'bad.jsonl');
    fs.writeFileSync(bad, `${lines.join('\n')}\n`);
    let failure = '';
    try {
      execFileSync(process.execPath, ['scripts/verify-audit-export.mjs', '--complete', bad], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (err) {
      failure = String((err as { stderr: string }).stderr);
    }
    expect(failure).toMatch(/line 4 .*altered/);

    const dropped = path.join(dir, 'dropped.jsonl');
    fs.writeFileSync(
      dropped,
      `${text
        .trim()
        .split('\n')
        .filter((_, i) => i !== 5)
        .join('\n')}\n`,
    );
    let gap = '';
    try {
      execFileSync(process.execPath, ['scripts/verify-audit-export.mjs', '--complete', dropped], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (err) {
      gap = String((err as { stderr: string }).stderr);
    }
    expect(gap).toMatch(/missing or out of order/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
