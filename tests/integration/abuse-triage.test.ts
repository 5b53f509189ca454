// Abuse report triage (/studio/abuse) on a real database: only the vendor's staff with content:publish
// see the queue; every change leaves one event in the vendor's audit log; replies reach the reporter
// through the outbox and never carry internal notes.
import { beforeAll, describe, expect, it } from 'vitest';
import { addAbuseReportNote } from '@/lib/abuse/add-abuse-report-note';
import { assignAbuseReport } from '@/lib/abuse/assign-abuse-report';
import { changeAbuseReportStatus } from '@/lib/abuse/change-abuse-report-status';
import { getAbuseReport } from '@/lib/abuse/get-abuse-report';
import { listAbuseReports } from '@/lib/abuse/list-abuse-reports';
import { NO_REPORTER_EMAIL, replyToAbuseReporter } from '@/lib/abuse/reply-to-abuse-reporter';
import { submitAbuseReport } from '@/lib/abuse/submit-abuse-report';
import { db } from '@/lib/db';
import { ZAbuseQueueFilterSchema, ZAbuseReportSchema, ZChangeAbuseStatusSchema } from '@/lib/validation/abuse';
import { anonymousCtx, createOrganization, createUser, outboxFor } from '@/tests/fixtures/factories';
import { auditEvents, failure, liveCtx, type LiveCtx, type Org } from '@/tests/fixtures/users';

let vendor: Org;
let editor: LiveCtx;
let colleague: Awaited<ReturnType<typeof createUser>>;
let editOnly: LiveCtx;
let customerAdmin: LiveCtx;
let ipCounter = 0;

const submit = (reporterEmail?: string) =>
  submitAbuseReport(
    anonymousCtx({ ip: `192.0.2.${++ipCounter}` }),
    ZAbuseReportSchema.parse({
      category: 'phishing',
      evidence: 'https://acme-mail-login.example/verify',
      description: 'A fake sign-in page asked for my password.',
      reporterEmail,
    }),
  );

async function reportId(reference: string): Promise<string> {
  return (await db().abuseReport.findUniqueOrThrow({ where: { reference } })).id;
}

const queue = (ctx: LiveCtx, raw: Record<string, string> = {}) =>
  listAbuseReports(ctx, ZAbuseQueueFilterSchema.parse(raw));

beforeAll(async () => {
  vendor = await createOrganization('Acme Mail', 'VENDOR');
  editor = await liveCtx(
    await createUser({ organizationId: vendor.id, role: 'compliance_editor', email: 'triage-editor@acme.example' }),
    vendor,
  );
  colleague = await createUser({
    organizationId: vendor.id,
    role: 'compliance_editor',
    email: 'triage-colleague@acme.example',
  });
  await createUser({ organizationId: vendor.id, role: 'support', email: 'support-staff@acme.example' });
  const role = await db().customRole.create({
    data: {
      organizationId: vendor.id,
      name: 'Editor without publishing',
      permissions: ['account:read', 'content:edit'],
    },
  });
  const writer = await createUser({ organizationId: vendor.id, role: 'custom' });
  await db().membership.update({
    where: { userId_organizationId: { userId: writer.id, organizationId: vendor.id } },
    data: { customRoleId: role.id },
  });
  editOnly = await liveCtx(writer, vendor);
  const customer = await createOrganization('Customer With Publishers');
  const customerRole = await db().customRole.create({
    data: { organizationId: customer.id, name: 'Publisher', permissions: ['account:read', 'content:publish'] },
  });
  const customerUser = await createUser({ organizationId: customer.id, role: 'custom' });
  await db().membership.update({
    where: { userId_organizationId: { userId: customerUser.id, organizationId: customer.id } },
    data: { customRoleId: customerRole.id },
  });
  customerAdmin = await liveCtx(customerUser, customer);
});

describe('abuse report submission', () => {
  it('emails the reference to a reporter who gave an address, and nothing to one who did not', async () => {
    const { reference } = await submit('reporter-ack@example.org');
    const mail = await outboxFor('reporter-ack@example.org');
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ template: 'abuse.received' });
    expect(mail[0]!.subject).toContain(reference);
    expect(mail[0]!.text).toContain(reference);
    const before = await db().mailOutbox.count({ where: { template: 'abuse.received' } });
    await submit();
    expect(await db().mailOutbox.count({ where: { template: 'abuse.received' } })).toBe(before);
  });
});

describe('abuse triage', () => {
  it('[R25] refuses staff without content:publish and customer organizations, and audits the refusal', async () => {
    const { reference } = await submit();
    const id = await reportId(reference);
    for (const ctx of [editOnly, customerAdmin]) {
      expect((await failure(queue(ctx))).code).toBe('FORBIDDEN');
      expect((await failure(getAbuseReport(ctx, { reportId: id }))).code).toBe('FORBIDDEN');
      expect((await failure(addAbuseReportNote(ctx, { reportId: id, body: 'sneaky' }))).code).toBe('FORBIDDEN');
      expect((await failure(changeAbuseReportStatus(ctx, { reportId: id, status: 'REJECTED' }))).code).toBe(
        'FORBIDDEN',
      );
      expect((await failure(assignAbuseReport(ctx, { reportId: id, assignee: 'me' }))).code).toBe('FORBIDDEN');
      expect((await failure(replyToAbuseReporter(ctx, { reportId: id, body: 'hi' }))).code).toBe('FORBIDDEN');
    }
    expect(await auditEvents(customerAdmin.session.organization!.id, 'access.denied')).not.toHaveLength(0);
    expect((await getAbuseReport(editor, { reportId: id })).report.notes).toEqual([]);
    expect((await failure(getAbuseReport(editor, { reportId: crypto.randomUUID() }))).code).toBe('NOT_FOUND');
  });

  it('a malformed report id or filter is a validation error naming the field, not a database error', async () => {
    const bad = await failure(getAbuseReport(editor, { reportId: 'not-a-uuid' }));
    expect(bad).toMatchObject({ code: 'VALIDATION', fieldErrors: { reportId: ['That abuse report does not exist.'] } });
    expect((await failure(addAbuseReportNote(editor, { reportId: '1 OR 1=1', body: 'x' }))).code).toBe('VALIDATION');
    expect(
      (
        await failure(
          changeAbuseReportStatus(editor, { reportId: crypto.randomUUID(), status: 'CLOSED' as 'REJECTED' }),
        )
      ).fieldErrors,
    ).toEqual({ status: ['Choose a status from the list.'] });
    expect((await failure(listAbuseReports(editor, { cursor: 'zzz' }))).fieldErrors).toEqual({
      cursor: ['That page link is not valid.'],
    });
  });

  it('assigns to me, to a colleague who publishes, or to nobody — never to someone who cannot triage', async () => {
    const id = await reportId((await submit()).reference);
    await assignAbuseReport(editor, { reportId: id, assignee: 'me' });
    expect((await getAbuseReport(editor, { reportId: id })).report.assignee).toEqual({
      id: editor.session.user.id,
      label: 'triage-editor@acme.example',
    });
    const { assignees } = await getAbuseReport(editor, { reportId: id });
    expect(assignees.map((a) => a.label)).toEqual(
      expect.arrayContaining(['triage-editor@acme.example', 'triage-colleague@acme.example']),
    );
    expect(assignees.map((a) => a.label)).not.toContain('support-staff@acme.example');

    const support = await db().user.findUniqueOrThrow({ where: { email: 'support-staff@acme.example' } });
    const refused = await failure(assignAbuseReport(editor, { reportId: id, assignee: support.id }));
    expect(refused.code).toBe('VALIDATION');
    expect(refused.fieldErrors?.assignee?.[0]).toMatch(/only staff who handle abuse reports/);

    await assignAbuseReport(editor, { reportId: id, assignee: colleague.id });
    expect((await queue(editor, { assignee: colleague.id })).reports.map((r) => r.id)).toContain(id);
    expect((await queue(editor, { assignee: 'me' })).reports.map((r) => r.id)).not.toContain(id);
    await assignAbuseReport(editor, { reportId: id, assignee: '' });
    expect((await queue(editor, { assignee: 'unassigned' })).reports.map((r) => r.id)).toContain(id);
    const events = (await auditEvents(vendor.id, 'abuse.report.assigned')).filter((e) => e.targetId === id);
    expect(events.map((e) => e.changes)).toEqual([
      { before: null, after: 'triage-editor@acme.example' },
      { before: 'triage-editor@acme.example', after: 'triage-colleague@acme.example' },
      { before: 'triage-colleague@acme.example', after: null },
    ]);
  });

  it('moves through the statuses it allows, with an optional note, and refuses the others', async () => {
    const id = await reportId((await submit()).reference);
    const already = await failure(
      changeAbuseReportStatus(editor, ZChangeAbuseStatusSchema.parse({ reportId: id, status: 'NEW' })),
    );
    expect(already).toMatchObject({ code: 'CONFLICT', message: 'This report is already new.' });
    await changeAbuseReportStatus(
      editor,
      ZChangeAbuseStatusSchema.parse({ reportId: id, status: 'INVESTIGATING', note: '' }),
    );
    await changeAbuseReportStatus(editor, {
      reportId: id,
      status: 'ACTIONED',
      note: 'Hosting provider took the page down.',
    });
    const closed = await failure(changeAbuseReportStatus(editor, { reportId: id, status: 'REJECTED' }));
    expect(closed).toMatchObject({
      code: 'CONFLICT',
      message: 'A report that is actioned can only become investigating.',
    });
    await changeAbuseReportStatus(editor, { reportId: id, status: 'INVESTIGATING' });

    const { report } = await getAbuseReport(editor, { reportId: id });
    expect(report.status).toBe('INVESTIGATING');
    expect(report.notes.map((n) => [n.kind, n.body])).toEqual([
      ['status', 'Status: New → Investigating.'],
      ['status', 'Status: Investigating → Actioned.\nHosting provider took the page down.'],
      ['status', 'Status: Actioned → Investigating.'],
    ]);
    const events = (await auditEvents(vendor.id, 'abuse.report.status_changed')).filter((e) => e.targetId === id);
    expect(events.map((e) => (e.changes as { after: string }).after)).toEqual([
      'INVESTIGATING',
      'ACTIONED',
      'INVESTIGATING',
    ]);
    const counts = (await queue(editor)).counts;
    expect(counts.INVESTIGATING).toBeGreaterThanOrEqual(1);
    expect((await queue(editor, { status: 'INVESTIGATING' })).reports.every((r) => r.status === 'INVESTIGATING')).toBe(
      true,
    );
  });

  it('replies to the reporter by email (internal notes stay inside) and refuses when there is no address', async () => {
    const { reference } = await submit('reporter-reply@example.org');
    const id = await reportId(reference);
    await addAbuseReportNote(editor, { reportId: id, body: 'INTERNAL: looks like the kit from last week.' });
    const before = await db().auditEvent.count({ where: { organizationId: vendor.id } });
    await replyToAbuseReporter(editor, { reportId: id, body: 'Thank you, the page has been taken down.' });
    expect(await db().auditEvent.count({ where: { organizationId: vendor.id } })).toBe(before + 1);

    const mail = (await outboxFor('reporter-reply@example.org')).filter((m) => m.template === 'abuse.reply');
    expect(mail).toHaveLength(1);
    expect(mail[0]!.subject).toBe(`About your abuse report ${reference}`);
    expect(mail[0]!.text).toContain('Thank you, the page has been taken down.');
    expect(`${mail[0]!.text}${mail[0]!.html}`).not.toContain('INTERNAL');
    const replied = (await auditEvents(vendor.id, 'abuse.report.replied')).find((e) => e.targetId === id)!;
    expect(JSON.stringify({ ...replied, seq: String(replied.seq) })).not.toContain('reporter-reply@example.org');
    const { report } = await getAbuseReport(editor, { reportId: id });
    expect(report.notes.map((n) => n.kind)).toEqual(['note', 'reply']);

    const silent = await reportId((await submit()).reference);
    const refused = await failure(replyToAbuseReporter(editor, { reportId: silent, body: 'Hello?' }));
    expect(refused).toMatchObject({ code: 'CONFLICT', message: NO_REPORTER_EMAIL });
    expect((await getAbuseReport(editor, { reportId: silent })).report.notes).toEqual([]);
  });

  it('pages the queue newest first without gaps and filters by category', async () => {
    for (let i = 0; i < 3; i++) await submit();
    const all = (await listAbuseReports(editor, ZAbuseQueueFilterSchema.parse({}), 1000)).reports.map((r) => r.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAbuseReports(editor, ZAbuseQueueFilterSchema.parse(cursor ? { cursor } : {}), 2);
      seen.push(...page.reports.map((r) => r.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all);
    expect([...all].sort().reverse()).toEqual(all);
    expect((await queue(editor, { category: 'spam' })).reports).toEqual([]);
    expect((await queue(editor, { category: 'phishing' })).reports.length).toBe(all.length);
  });
});
