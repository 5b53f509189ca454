import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { findPublishedNotice, listPublishedNotices, objectionWindowOpen } from '@/lib/subprocessors/notices/notice';
import type { ChangeNotice } from '@/lib/subprocessors/types';
import { OBJECTION_INCLUDE, toObjectionDTO, type ObjectionDTO } from './dto';

// What a customer's account shows: the published notices, and for one notice its objection (if filed).

const customerOf = (ctx: Ctx) => authorize(ctx, 'account:read');

export interface CustomerNoticeRow extends ChangeNotice {
  objectionStatus: string | null;
}

export async function listNoticesForCustomer(ctx: Ctx): Promise<CustomerNoticeRow[]> {
  const { organization } = await customerOf(ctx);
  const notices = await listPublishedNotices({ limit: 200 });
  const objections = await db().subprocessorObjection.findMany({
    where: { organizationId: organization.id },
    select: { changeId: true, status: true },
  });
  const byChange = new Map(objections.map((o) => [o.changeId, o.status]));
  return notices.map((n) => ({ ...n, objectionStatus: byChange.get(n.id) ?? null }));
}

export interface CustomerNoticeView {
  notice: ChangeNotice;
  objection: ObjectionDTO | null;
  canObject: boolean;
  windowOpen: boolean;
}

export async function getNoticeForCustomer(ctx: Ctx, number: number): Promise<CustomerNoticeView> {
  const { organization, session } = await customerOf(ctx);
  const notice = await findPublishedNotice(number);
  if (!notice) throw new AppError('SUBPROCESSOR_NOTICE_NOT_FOUND');
  const objection = await db().subprocessorObjection.findFirst({
    where: { changeId: notice.id, organizationId: organization.id },
    include: OBJECTION_INCLUDE,
  });
  return {
    notice,
    objection: objection ? toObjectionDTO(objection) : null,
    canObject: session.permissions.has('subprocessors:object'),
    windowOpen: objectionWindowOpen(notice),
  };
}
