import crypto from 'node:crypto';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { parseInput } from '@/lib/validation/parse-input';
import { ZQuestionnaireCompanySchema } from '@/lib/validation/questionnaires';
import { authorizeQuestionnaires, target } from './access';
import { checkQuestionnaireFile } from './file-check';
import { proposeMapping } from './mapping';
import { readSpreadsheet } from './workbook';

export interface UploadQuestionnaireInput {
  company: string;
  file: { name: string; bytes: Uint8Array } | null;
}

const safeName = (name: string) =>
  name
    .replace(/[^\p{L}\p{N}._ -]+/gu, '-')
    .trim()
    .slice(0, 120) || 'questionnaire';

/**
 * Keeps an uploaded questionnaire with the proposed sheet and columns (processing comes after staff
 * confirm them). The file is checked by its bytes and read once here, so a file that cannot be answered
 * (too large, encrypted, with macros, not a spreadsheet, too many rows, empty) is refused at upload.
 * The original bytes are kept in the database: they are at most 10 MB, they belong to this one row (no
 * storage key to clean up when the transaction fails), and the embedded database's backup includes them.
 */
export async function uploadQuestionnaire(ctx: Ctx, input: UploadQuestionnaireInput): Promise<{ id: string }> {
  const staff = await authorizeQuestionnaires(ctx);
  const company = parseInput(ZQuestionnaireCompanySchema, input.company);
  if (!input.file || input.file.bytes.length === 0) throw new AppError('QUESTIONNAIRE_FILE_EMPTY');
  const format = checkQuestionnaireFile(input.file.bytes);
  const fileName = safeName(input.file.name);
  const sheets = await readSpreadsheet(input.file.bytes, format, fileName);
  const mapping = proposeMapping(sheets);
  const bytes = input.file.bytes;
  return db().$transaction(async (tx) => {
    const q = await tx.questionnaire.create({
      data: {
        organizationId: staff.organization.id,
        company,
        fileName,
        format,
        original: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Uint8Array<ArrayBuffer>,
        sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
        ...mapping,
        createdById: staff.session.user.id,
        createdByLabel: staff.session.user.name || staff.session.user.email,
      },
      select: { id: true, company: true },
    });
    await recordAudit(tx, {
      organizationId: staff.organization.id,
      action: 'questionnaire.uploaded',
      actor: staff.actor,
      target: target(q),
      changes: { fileName, format, size: bytes.length, sheets: sheets.length },
      meta: ctx.meta,
    });
    return { id: q.id };
  });
}
