// Issue 10: the sub-processor register — as-of views at period boundaries, the diff a published change
// computes, the notice period, optimistic locking, who may do what, and the JSON/CSV exports.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GET as getCsv } from '@/app/subprocessors.csv/route';
import { GET as getJson } from '@/app/subprocessors.json/route';
import { GET as getSchema } from '@/app/subprocessors.schema.json/route';
import { GET as getAtom } from '@/app/(trust)/subprocessors/notices.atom/route';
import { GET as getJsonFeed } from '@/app/(trust)/subprocessors/notices.json/route';
import { resetConfigForTests } from '@/lib/config';
import type { SignedInCtx } from '@/lib/context';
import { db } from '@/lib/db';
import { createSubprocessorChangeDraft } from '@/lib/subprocessors/create-change-draft';
import { addDays, todayUtc } from '@/lib/subprocessors/diff';
import { discardSubprocessorChangeDraft } from '@/lib/subprocessors/discard-change-draft';
import { csvCell } from '@/lib/subprocessors/exports';
import { importRegisterBaseline } from '@/lib/subprocessors/import-baseline';
import { publishSubprocessorChange } from '@/lib/subprocessors/publish-change';
import { getPublishedNotice, listUpcomingChanges, registerAsOf } from '@/lib/subprocessors/register';
import { updateSubprocessorChangeDraft } from '@/lib/subprocessors/update-change-draft';
import type { TRegisterOperation } from '@/lib/validation/subprocessors';
import { anonymousCtx, createOrganization, createUser, signedInCtx } from '@/tests/fixtures/factories';
import { auditEvents, failure } from '@/tests/fixtures/users';

let staff: SignedInCtx;
let vendorId: string;
const today = todayUtc();

const newcomer = (slug: string, over: Record<string, unknown> = {}): TRegisterOperation => ({
  op: 'add',
  slug,
  fields: {
    legalName: `${slug} Ltd.`,
    purpose: 'Transactional email analytics for the control panel.',
    dataCategories: ['Delivery events'],
    dataSubjects: ['Message recipients'],
    locations: ['DE'],
    transferMechanism: 'NONE_NEEDED',
    sccModule: null,
    website: `https://${slug}.example`,
    privacyUrl: `https://${slug}.example/privacy`,
    ...over,
  } as never,
});

async function publish(operations: TRegisterOperation[], effectiveDate: string, summary = 'A change to the register.') {
  const draft = await createSubprocessorChangeDraft(staff, { summary, effectiveDate, operations });
  return publishSubprocessorChange(staff, { changeId: draft.id, expectedVersion: draft.version });
}

const slugsOn = async (day: string) => (await registerAsOf(day)).map((s) => s.slug);

beforeAll(async () => {
  const vendor = await createOrganization('Acme Mail', 'VENDOR');
  vendorId = vendor.id;
  staff = await signedInCtx(await createUser({ organizationId: vendor.id, role: 'compliance_editor' }), vendor);
  expect(await importRegisterBaseline(db())).toEqual({ imported: 12 });
});

afterEach(() => {
  delete process.env.SUBPROCESSOR_NOTICE_DAYS;
  resetConfigForTests();
});

describe('sub-processor register', () => {
  it('imports the baseline once; a second import changes nothing', async () => {
    expect(await importRegisterBaseline(db())).toEqual({ imported: 0 });
    const current = await registerAsOf(today);
    expect(current).toHaveLength(12);
    const shieldwall = current.find((s) => s.slug === 'shieldwall-edge')!;
    expect(shieldwall).toMatchObject({
      transferMechanism: 'SCC_2021',
      sccModule: 3,
      locations: ['DE', 'NL', 'FR', 'US'],
      effectiveFrom: '2021-06-01',
      effectiveUntil: null,
    });
    // Before the oldest engagement, the register was empty; on its first day it lists exactly that one.
    expect(await slugsOn('2017-08-31')).toEqual([]);
    expect(await slugsOn('2017-09-01')).toEqual(['rheinport-datacenter']);
  });

  it('as of a date: a sub-processor effective from D appears on D, not on D−1; removed from R, its last day is R−1', async () => {
    const d = addDays(today, 31);
    const added = await publish([newcomer('boundary-analytics')], d, 'Add Boundary Analytics for delivery statistics.');
    expect(added.objectionDeadline).toBe(addDays(d, -1));
    expect(await slugsOn(addDays(d, -1))).not.toContain('boundary-analytics');
    expect(await slugsOn(d)).toContain('boundary-analytics');
    expect(await slugsOn(today)).not.toContain('boundary-analytics');

    const r = addDays(d, 10);
    await publish([{ op: 'remove', slug: 'boundary-analytics' }], r, 'Stop using Boundary Analytics.');
    const lastDay = (await registerAsOf(addDays(r, -1))).find((s) => s.slug === 'boundary-analytics');
    expect(lastDay).toMatchObject({ effectiveFrom: d, effectiveUntil: addDays(r, -1) });
    expect(await slugsOn(r)).not.toContain('boundary-analytics');
    // Both are upcoming today, soonest first, each with its objection deadline.
    const upcoming = (await listUpcomingChanges(today)).filter((c) => c.summary.includes('Boundary'));
    expect(upcoming.map((c) => [c.effectiveDate, c.objectionDeadline])).toEqual([
      [d, addDays(d, -1)],
      [r, addDays(r, -1)],
    ]);
  });

  it('computes the diff of an add, a removal and a field change, and numbers the notices in order', async () => {
    const e = addDays(today, 35);
    const ref = await publish(
      [
        newcomer('quillpost-archive'),
        { op: 'remove', slug: 'kestrel-backup' },
        {
          op: 'update',
          slug: 'nimbus-cloud',
          fields: {
            locations: ['DE', 'IE', 'NL'],
            purpose: 'Cloud infrastructure for the platform in Frankfurt, Dublin and Amsterdam.',
          },
        },
      ],
      e,
      'Archive provider added, backup provider removed, a third cloud region.',
    );
    const notice = (await getPublishedNotice(ref.number))!;
    expect(notice.diff.added.map((s) => [s.slug, s.effectiveFrom])).toEqual([['quillpost-archive', e]]);
    expect(notice.diff.removed.map((s) => [s.slug, s.effectiveUntil])).toEqual([['kestrel-backup', addDays(e, -1)]]);
    expect(notice.diff.changed).toEqual([
      {
        slug: 'nimbus-cloud',
        legalName: 'Nimbus Cloud Services Ireland Ltd.',
        fields: [
          {
            field: 'purpose',
            before: expect.stringContaining('Frankfurt and Dublin regions'),
            after: 'Cloud infrastructure for the platform in Frankfurt, Dublin and Amsterdam.',
          },
          { field: 'locations', before: ['DE', 'IE'], after: ['DE', 'IE', 'NL'] },
        ],
      },
    ]);
    // The old fields hold until the day before; the engagement's start date does not move.
    const nimbus = async (day: string) => (await registerAsOf(day)).find((s) => s.slug === 'nimbus-cloud')!;
    expect((await nimbus(addDays(e, -1))).locations).toEqual(['DE', 'IE']);
    expect(await nimbus(e)).toMatchObject({ locations: ['DE', 'IE', 'NL'], effectiveFrom: '2019-04-01' });

    const row = await db().subprocessorChange.findUniqueOrThrow({ where: { id: ref.id } });
    expect(row).toMatchObject({ status: 'PUBLISHED', noticesDispatchedAt: null });
    const numbers = (
      await db().subprocessorChange.findMany({ where: { status: 'PUBLISHED' }, orderBy: { number: 'asc' } })
    ).map((c) => c.number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    const [event] = (await auditEvents(vendorId, 'subprocessor.change.published')).filter(
      (ev) => ev.targetId === ref.id,
    );
    expect(event!.changes).toMatchObject({
      number: ref.number,
      added: ['quillpost-archive'],
      removed: ['kestrel-backup'],
      changed: [{ slug: 'nimbus-cloud', fields: ['purpose', 'locations'] }],
    });
  });

  it('refuses an effective date inside the notice period, with the first allowed date', async () => {
    const early = await createSubprocessorChangeDraft(staff, {
      summary: 'Too soon for customers to object.',
      effectiveDate: addDays(today, 29),
      operations: [newcomer('hasty-host')],
    });
    const err = await failure(publishSubprocessorChange(staff, { changeId: early.id, expectedVersion: early.version }));
    expect(err.code).toBe('VALIDATION');
    expect(err.fieldErrors?.effectiveDate?.[0]).toContain(`on or after ${addDays(today, 30)}`);
    expect(await db().subprocessorChange.findUniqueOrThrow({ where: { id: early.id } })).toMatchObject({
      status: 'DRAFT',
      number: null,
    });

    // Exactly N days ahead is enough; N comes from SUBPROCESSOR_NOTICE_DAYS.
    const onTime = await updateSubprocessorChangeDraft(staff, {
      changeId: early.id,
      expectedVersion: early.version,
      summary: 'Just in time.',
      effectiveDate: addDays(today, 30),
      operations: [newcomer('hasty-host')],
    });
    process.env.SUBPROCESSOR_NOTICE_DAYS = '45';
    resetConfigForTests();
    expect(
      (await failure(publishSubprocessorChange(staff, { changeId: early.id, expectedVersion: onTime.version })))
        .fieldErrors?.effectiveDate?.[0],
    ).toContain('45 days');
    delete process.env.SUBPROCESSOR_NOTICE_DAYS;
    resetConfigForTests();
    expect(
      (await publishSubprocessorChange(staff, { changeId: early.id, expectedVersion: onTime.version })).effectiveDate,
    ).toBe(addDays(today, 30));
  });

  it('optimistic lock: a save over someone else’s newer version is refused, and so is publishing a stale one', async () => {
    const input = {
      summary: 'Replace the SMS aggregator.',
      effectiveDate: addDays(today, 40),
      operations: [{ op: 'remove' as const, slug: 'telvora-communications' }],
    };
    const v1 = await createSubprocessorChangeDraft(staff, input);
    const v2 = await updateSubprocessorChangeDraft(staff, {
      ...input,
      changeId: v1.id,
      expectedVersion: v1.version,
      summary: 'Retire the SMS aggregator.',
    });
    expect(v2.version).toBe(v1.version + 1);
    const stale = await failure(
      updateSubprocessorChangeDraft(staff, { ...input, changeId: v1.id, expectedVersion: v1.version }),
    );
    expect(stale.code).toBe('CONFLICT');
    expect(stale.details).toMatchObject({ version: v2.version });
    expect(
      (await failure(publishSubprocessorChange(staff, { changeId: v1.id, expectedVersion: v1.version }))).code,
    ).toBe('CONFLICT');
    await discardSubprocessorChangeDraft(staff, { changeId: v1.id, expectedVersion: v2.version });
    expect(
      (await failure(publishSubprocessorChange(staff, { changeId: v1.id, expectedVersion: v2.version + 1 }))).code,
    ).toBe('NOT_FOUND');
    expect(await slugsOn(addDays(today, 40))).toContain('telvora-communications');
  });

  it('[R25] content:edit drafts but cannot publish; a customer organization and anonymous callers are refused', async () => {
    const editorOnly: SignedInCtx = {
      ...staff,
      session: { ...staff.session, permissions: new Set(['account:read', 'content:edit']) },
    };
    const draft = await createSubprocessorChangeDraft(editorOnly, {
      summary: 'Drafted by an editor.',
      effectiveDate: addDays(today, 50),
      operations: [newcomer('editor-pick')],
    });
    expect(
      (await failure(publishSubprocessorChange(editorOnly, { changeId: draft.id, expectedVersion: draft.version })))
        .code,
    ).toBe('FORBIDDEN');
    expect((await auditEvents(vendorId, 'access.denied')).at(-1)!.changes).toMatchObject({
      permission: 'content:publish',
    });

    const customer = await createOrganization('Customer Co');
    const outsider = await signedInCtx(
      await createUser({ organizationId: customer.id, role: 'compliance_editor' }),
      customer,
    );
    expect(
      (
        await failure(
          createSubprocessorChangeDraft(outsider, {
            summary: 'Not theirs to change.',
            effectiveDate: addDays(today, 50),
            operations: [newcomer('intruder')],
          }),
        )
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (await failure(publishSubprocessorChange(outsider, { changeId: draft.id, expectedVersion: draft.version }))).code,
    ).toBe('FORBIDDEN');
    expect((await auditEvents(customer.id, 'access.denied')).length).toBe(2);
    expect(
      (await failure(publishSubprocessorChange(anonymousCtx(), { changeId: draft.id, expectedVersion: draft.version })))
        .code,
    ).toBe('UNAUTHENTICATED');
    expect(await db().subprocessorChange.findUniqueOrThrow({ where: { id: draft.id } })).toMatchObject({
      status: 'DRAFT',
    });
  });

  it('explains bad operations next to the field: unknown countries, a transfer without a mechanism, an unknown sub-processor', async () => {
    const draftErr = await failure(
      createSubprocessorChangeDraft(staff, {
        summary: 'Bad input.',
        effectiveDate: addDays(today, 40),
        operations: [
          newcomer('bad-country', { locations: ['DE', 'XX'] }),
          newcomer('no-mechanism', { locations: ['US'] }),
        ],
      }),
    );
    expect(draftErr.fieldErrors?.['operations.0.fields.locations']?.[0]).toMatch(/Unknown country code: XX/);
    expect(draftErr.fieldErrors?.['operations.1.fields.transferMechanism']?.[0]).toMatch(/US is outside the EEA/);

    const draft = await createSubprocessorChangeDraft(staff, {
      summary: 'Edits a stranger.',
      effectiveDate: addDays(today, 40),
      operations: [{ op: 'update', slug: 'nobody-here', fields: { purpose: 'Does not exist at all.' } }],
    });
    const err = await failure(publishSubprocessorChange(staff, { changeId: draft.id, expectedVersion: draft.version }));
    expect(err.fieldErrors?.['operations.0.slug']?.[0]).toContain('nobody-here is not in the register');
  });

  it('two publishers at once get distinct, consecutive notice numbers', async () => {
    const a = await createSubprocessorChangeDraft(staff, {
      summary: 'Concurrent one.',
      effectiveDate: addDays(today, 80),
      operations: [newcomer('concurrent-one')],
    });
    const b = await createSubprocessorChangeDraft(staff, {
      summary: 'Concurrent two.',
      effectiveDate: addDays(today, 81),
      operations: [newcomer('concurrent-two')],
    });
    const [x, y] = await Promise.all([
      publishSubprocessorChange(staff, { changeId: a.id, expectedVersion: a.version }),
      publishSubprocessorChange(staff, { changeId: b.id, expectedVersion: b.version }),
    ]);
    expect(Math.abs(x.number - y.number)).toBe(1);
    // The same draft published twice at once: one wins, the other finds it no longer a draft.
    const c = await createSubprocessorChangeDraft(staff, {
      summary: 'Double click.',
      effectiveDate: addDays(today, 82),
      operations: [newcomer('double-click')],
    });
    const results = await Promise.allSettled([
      publishSubprocessorChange(staff, { changeId: c.id, expectedVersion: c.version }),
      publishSubprocessorChange(staff, { changeId: c.id, expectedVersion: c.version }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await db().subprocessorPeriod.count({ where: { subprocessor: { slug: 'double-click' } } })).toBe(1);
  });

  it('refuses a change that would land before a change already published for the same sub-processor', async () => {
    await publish(
      [{ op: 'update', slug: 'pushgate-relay', fields: { dataCategories: ['Device tokens', 'Push payloads'] } }],
      addDays(today, 60),
    );
    const draft = await createSubprocessorChangeDraft(staff, {
      summary: 'Earlier edit.',
      effectiveDate: addDays(today, 45),
      operations: [
        {
          op: 'update',
          slug: 'pushgate-relay',
          fields: { purpose: 'Push notification relay to platform push services.' },
        },
      ],
    });
    const err = await failure(publishSubprocessorChange(staff, { changeId: draft.id, expectedVersion: draft.version }));
    expect(err.fieldErrors?.['operations.0.slug']?.[0]).toContain(`taking effect on ${addDays(today, 60)}`);
  });
});

describe('machine-readable register', () => {
  it('GET /subprocessors.json answers the list on any date; a bad date is a 400 JSON error', async () => {
    const res = await getJson(new Request('http://trust.test/subprocessors.json?as_of=2020-03-01'));
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ schemaVersion: '1.0', asOf: '2020-03-01', upcomingChanges: [] });
    expect(body.subprocessors.map((s: { id: string }) => s.id).sort()).toEqual([
      'acme-mail-portugal',
      'nimbus-cloud',
      'polderlink-colocation',
      'rheinport-datacenter',
    ]);
    expect(body.subprocessors.find((s: { id: string }) => s.id === 'nimbus-cloud').locations[0]).toEqual({
      country: 'DE',
      name: 'Germany',
      eea: true,
      adequacyDecision: false,
    });

    const current = await (await getJson(new Request('http://trust.test/subprocessors.json'))).json();
    expect(current.asOf).toBe(today);
    expect(current.upcomingChanges.length).toBeGreaterThan(0);

    for (const bad of ['2026-02-30', 'yesterday', '2026-1-1']) {
      const r = await getJson(new Request(`http://trust.test/subprocessors.json?as_of=${bad}`));
      expect(r.status, bad).toBe(400);
      expect(await r.json()).toMatchObject({ code: 'VALIDATION', error: expect.stringContaining('YYYY-MM-DD') });
    }
  });

  it('[R30] the register, its schema, the CSV and the notice feeds send no wildcard CORS header', async () => {
    const responses = {
      json: await getJson(new Request('http://trust.test/subprocessors.json')),
      schema: getSchema(),
      csv: await getCsv(new Request('http://trust.test/subprocessors.csv')),
      atom: await getAtom(),
      jsonFeed: await getJsonFeed(),
    };
    for (const [name, res] of Object.entries(responses)) {
      expect(res.status, name).toBe(200);
      expect(res.headers.get('access-control-allow-origin'), name).toBeNull();
    }
  });

  it('GET /subprocessors.csv has the same columns, RFC 4180 quoting, and neutralises formulas', async () => {
    await publish(
      [
        newcomer('formula-risk', {
          legalName: '=HYPERLINK("https://evil.example","x")',
          purpose: '@SUM(1,2) "quoted", with commas',
        }),
      ],
      addDays(today, 70),
    );
    const res = await getCsv(new Request(`http://trust.test/subprocessors.csv?as_of=${addDays(today, 70)}`));
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await res.text();
    const lines = text.split('\r\n');
    expect(lines[0]).toBe(
      'id,legalName,purpose,dataCategories,dataSubjects,locations,transferMechanism,sccModule,website,privacyUrl,effectiveFrom,effectiveUntil',
    );
    const row = lines.find((l) => l.startsWith('formula-risk,'))!;
    expect(row).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    expect(row).toContain(`"'@SUM(1,2) ""quoted"", with commas"`);
    expect(lines.find((l) => l.startsWith('shieldwall-edge,'))).toContain(',DE; NL; FR; US,SCC_2021,3,');
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('plain')).toBe('plain');
    expect((await getCsv(new Request('http://trust.test/subprocessors.csv?as_of=nope'))).status).toBe(400);
  });
});
