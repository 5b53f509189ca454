import 'server-only';
import type { DbTransaction } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { SubprocessorChange } from '@/lib/generated/prisma/client';

/**
 * Inside the caller's transaction: the draft, locked against concurrent saves, at exactly the version the
 * caller last saw. NOT_FOUND when it does not exist or is no longer a draft; CONFLICT (with who saved and
 * when) when someone saved in between.
 */
export async function lockDraft(
  tx: DbTransaction,
  ref: { changeId: string; expectedVersion: number },
): Promise<SubprocessorChange> {
  await tx.$executeRawUnsafe('SELECT 1 FROM "SubprocessorChange" WHERE id = $1::uuid FOR UPDATE', ref.changeId);
  const row = await tx.subprocessorChange.findUnique({ where: { id: ref.changeId } });
  if (!row || row.status !== 'DRAFT') throw new AppError('SUBPROCESSOR_DRAFT_GONE');
  if (row.version !== ref.expectedVersion) {
    throw new AppError(
      'SUBPROCESSOR_DRAFT_SAVED_BY_OTHER',
      { version: row.version, savedAt: row.updatedAt.toISOString().slice(0, 16).replace('T', ' ') },
      undefined,
      {
        version: row.version,
        updatedAt: row.updatedAt.toISOString(),
      },
    );
  }
  return row;
}
