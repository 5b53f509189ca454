import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { STUDIO } from '@/lib/studio/access';
import { contentStaff } from '@/lib/studio/staff';
import { answerPublishBlock, revisionDto, type AnswerRevisionDto } from './entries';
import { isUuid } from '@/lib/validation/input';

export interface AnswerEntryDetail {
  id: string;
  slug: string;
  publishedRevisionId: string | null;
  /** Newest first. */
  revisions: AnswerRevisionDto[];
  /** The newest revision (what the editor shows). */
  current: AnswerRevisionDto;
  /** Why the caller cannot publish the newest revision now, or null. */
  publishBlock: ReturnType<typeof answerPublishBlock>;
  fourEyes: boolean;
}

export async function getAnswerEntry(ctx: Ctx, input: { entryId: string }): Promise<AnswerEntryDetail> {
  const staff = await authorize(ctx, 'content:edit', STUDIO);
  if (!isUuid(input.entryId)) throw new AppError('NOT_FOUND');
  const entry = await db().answerEntry.findUnique({
    where: { id: input.entryId },
    include: { revisions: { orderBy: { number: 'desc' } } },
  });
  if (!entry || entry.archivedAt || !entry.revisions.length) throw new AppError('NOT_FOUND');
  const { fourEyesPublishing } = await db().organization.findUniqueOrThrow({
    where: { id: staff.organization.id },
    select: { fourEyesPublishing: true },
  });
  const revisions = entry.revisions.map(revisionDto);
  const current = revisions[0]!;
  return {
    id: entry.id,
    slug: entry.slug,
    publishedRevisionId: entry.publishedRevisionId,
    revisions,
    current,
    publishBlock: answerPublishBlock(current, staff.session.user.id, {
      canPublish: staff.session.permissions.has('content:publish'),
      fourEyes: fourEyesPublishing,
    }),
    fourEyes: fourEyesPublishing,
  };
}

/** The owner choices: vendor staff who edit content. */
export async function listAnswerOwners(ctx: Ctx): Promise<{ id: string; name: string }[]> {
  const staff = await authorize(ctx, 'content:edit', STUDIO);
  return (await contentStaff(db(), staff.organization.id)).map(({ id, name }) => ({ id, name }));
}
