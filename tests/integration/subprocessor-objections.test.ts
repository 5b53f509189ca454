// Objections to sub-processor changes: filed from the notice by a customer with subprocessors:object,
// recorded once per organization, audited in the customer's log, acknowledged by email, visible to the
// vendor's staff, and refused after the deadline.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { getNoticeForCustomer, listNoticesForCustomer } from '@/lib/subprocessors/objections/customer-notices';
import { fileSubprocessorObjection } from '@/lib/subprocessors/objections/file-objection';
import { setObjectionStatus } from '@/lib/subprocessors/objections/set-objection-status';
import { listSubprocessorObjections } from '@/lib/subprocessors/objections/staff-objections';
import { ZFileObjectionSchema, ZNoticeNumberSchema } from '@/lib/validation/notices';
import { createOrganization, createUser } from '@/tests/fixtures/factories';
import { publishedChange } from '@/tests/fixtures/notices';
import { auditEvents, customerWithAdmins, failure, liveCtx } from '@/tests/fixtures/users';

const REASON = 'Our contracts forbid analytics vendors outside our approved list.';

async function staffCtx() {
  const vendor = await createOrganization('Vendor Co', 'VENDOR');
  const editor = await createUser({ organizationId: vendor.id, role: 'compliance_editor' });
  return { vendor, ctx: await liveCtx(editor, vendor) };
}

describe('objections', () => {
  it("are recorded, audited in the customer's log, acknowledged by email and visible to staff", async () => {
    const c = await customerWithAdmins('Objecting Co');
    const change = await publishedChange();
    const objection = await fileSubprocessorObjection(c.adminCtx, { number: change.number!, reason: REASON });
    expect(objection).toMatchObject({
      noticeNumber: change.number,
      organizationName: 'Objecting Co',
      reason: REASON,
      status: 'received',
      filedBy: c.admin.email,
    });

    const events = await auditEvents(c.org.id, 'subprocessor.objection.filed');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actorId: c.admin.id,
      targetId: change.id,
      targetLabel: `Notice #${change.number}`,
    });

    const [ack] = await db().mailOutbox.findMany({
      where: { to: c.admin.email, template: 'subprocessor-objection-received' },
    });
    expect(ack!.subject).toBe(`Objection received: sub-processor change notice #${change.number}`);
    expect(ack!.text).toContain(REASON);
    expect(ack!.text).toContain(`/account/subprocessor-notices/${change.number}`);

    const view = await getNoticeForCustomer(c.ownerCtx, change.number!);
    expect(view).toMatchObject({ canObject: true, windowOpen: true, objection: { id: objection.id, reason: REASON } });
    const list = await listNoticesForCustomer(c.ownerCtx);
    expect(list.find((n) => n.number === change.number)?.objectionStatus).toBe('received');

    const staff = await staffCtx();
    const seen = await listSubprocessorObjections(staff.ctx);
    expect(seen.find((o) => o.id === objection.id)).toMatchObject({
      organizationName: 'Objecting Co',
      noticeNumber: change.number,
      reason: REASON,
    });
    const updated = await setObjectionStatus(staff.ctx, { objectionId: objection.id, status: 'acknowledged' });
    expect(updated.status).toBe('acknowledged');
    expect(await auditEvents(staff.vendor.id, 'subprocessor.objection.status_changed')).toHaveLength(1);
    expect((await getNoticeForCustomer(c.ownerCtx, change.number!)).objection?.status).toBe('acknowledged');
  });

  it('are filed once per organization and notice', async () => {
    const c = await customerWithAdmins('Twice Co');
    const change = await publishedChange();
    await fileSubprocessorObjection(c.adminCtx, { number: change.number!, reason: REASON });
    const err = await failure(fileSubprocessorObjection(c.ownerCtx, { number: change.number!, reason: REASON }));
    expect(err.code).toBe('CONFLICT');
    expect(err.message).toMatch(/already filed/);
    expect(await db().subprocessorObjection.count({ where: { organizationId: c.org.id } })).toBe(1);
  });

  it('are refused after the objection deadline with a clear message', async () => {
    const c = await customerWithAdmins('Late Co');
    const change = await publishedChange({ effectiveInDays: 2, deadlineInDays: -1 });
    const err = await failure(fileSubprocessorObjection(c.adminCtx, { number: change.number!, reason: REASON }));
    expect(err.code).toBe('VALIDATION');
    expect(err.message).toMatch(/objection period .* ended on/);
    expect((await getNoticeForCustomer(c.adminCtx, change.number!)).windowOpen).toBe(false);
    expect(await db().subprocessorObjection.count({ where: { organizationId: c.org.id } })).toBe(0);
  });

  it('[R25] need subprocessors:object; staff pages need content:edit; unknown notices answer 404', async () => {
    const c = await customerWithAdmins('Member Co');
    const member = await liveCtx(await createUser({ organizationId: c.org.id, role: 'member' }), c.org);
    const change = await publishedChange();
    expect((await failure(fileSubprocessorObjection(member, { number: change.number!, reason: REASON }))).code).toBe(
      'FORBIDDEN',
    );
    expect((await getNoticeForCustomer(member, change.number!)).canObject).toBe(false);
    expect((await failure(listSubprocessorObjections(c.adminCtx))).code).toBe('FORBIDDEN');
    expect((await failure(getNoticeForCustomer(c.adminCtx, 999_999))).code).toBe('NOT_FOUND');
  });

  it("[R25] a customer whose role holds content:edit can neither list nor change other customers' objections", async () => {
    const objector = await customerWithAdmins('Objector Co');
    const change = await publishedChange();
    const filed = await fileSubprocessorObjection(objector.adminCtx, { number: change.number!, reason: REASON });
    const other = await createOrganization('Editor Customer Co');
    const editor = await liveCtx(await createUser({ organizationId: other.id, role: 'compliance_editor' }), other);
    expect((await failure(listSubprocessorObjections(editor))).code).toBe('FORBIDDEN');
    expect((await failure(setObjectionStatus(editor, { objectionId: filed.id, status: 'resolved' }))).code).toBe(
      'FORBIDDEN',
    );
    expect(await db().subprocessorObjection.findUniqueOrThrow({ where: { id: filed.id } })).toMatchObject({
      status: 'received',
    });
    expect((await auditEvents(other.id, 'access.denied')).length).toBe(2);
  });

  it('reject a notice number past int4 at validation, before it can reach (and crash) the query', () => {
    for (const number of ['99999999999', '1e12', '-1', '1.5', 'abc']) {
      const parsed = ZFileObjectionSchema.safeParse({ number, reason: REASON });
      expect(parsed.success, number).toBe(false);
      expect(parsed.error?.issues[0]?.message).toBe('Unknown notice.');
    }
    expect(ZNoticeNumberSchema.parse('2147483647')).toBe(2_147_483_647);
  });
});
