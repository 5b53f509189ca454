import 'server-only';
import { z } from 'zod';
import { authorize } from '@/lib/access/authorize';
import { db } from '@/lib/db';
import type { Ctx } from '@/lib/context';
import { AppError } from '@/lib/errors';
import type { SubprocessorChange } from '@/lib/generated/prisma/client';
import type { TRegisterOperation } from '@/lib/validation/subprocessors';
import { dayOf } from './diff';
import type { RegisterDiff } from './types';

/** A change as the studio shows it: a draft being edited, or a published notice. */
export interface ChangeDto {
  id: string;
  status: 'DRAFT' | 'PUBLISHED' | 'DISCARDED';
  number: number | null;
  summary: string;
  effectiveDate: string;
  operations: TRegisterOperation[];
  diff: RegisterDiff | null;
  objectionDeadline: string | null;
  version: number;
  createdBy: string;
  updatedAt: string;
  publishedAt: string | null;
}

export function toChangeDto(c: SubprocessorChange): ChangeDto {
  return {
    id: c.id,
    status: c.status,
    number: c.number,
    summary: c.summary,
    effectiveDate: dayOf(c.effectiveDate),
    operations: c.operations as unknown as TRegisterOperation[],
    diff: (c.diff as unknown as RegisterDiff | null) ?? null,
    objectionDeadline: c.objectionDeadline ? dayOf(c.objectionDeadline) : null,
    version: c.version,
    createdBy: c.createdByLabel,
    updatedAt: c.updatedAt.toISOString(),
    publishedAt: c.publishedAt?.toISOString() ?? null,
  };
}

/** Open drafts, most recently edited first (content:edit, vendor staff). */
export async function listChangeDrafts(ctx: Ctx): Promise<ChangeDto[]> {
  await authorize(ctx, 'content:edit', { vendorOnly: 'the sub-processor register' });
  const rows = await db().subprocessorChange.findMany({
    where: { status: 'DRAFT' },
    orderBy: { updatedAt: 'desc' },
    take: 100,
  });
  return rows.map(toChangeDto);
}

/** One change by id; NOT_FOUND for anything else (including a malformed id). */
export async function getChange(ctx: Ctx, input: { changeId: string }): Promise<ChangeDto> {
  await authorize(ctx, 'content:edit', { vendorOnly: 'the sub-processor register' });
  const row = z.uuid().safeParse(input.changeId).success
    ? await db().subprocessorChange.findUnique({ where: { id: input.changeId } })
    : null;
  if (!row) throw new AppError('NOT_FOUND');
  return toChangeDto(row);
}
