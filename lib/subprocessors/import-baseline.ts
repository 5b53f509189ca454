// The register's starting point: content/data/subprocessors.json becomes the baseline periods (no change,
// no notice) when the register is empty. Run by the seed and by `npm run content:import`; no
// 'server-only', because those are tsx scripts. Idempotent: a register that has anything is left alone.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { ZRegisterSlugSchema, ZSubprocessorFieldsSchema } from '@/lib/validation/subprocessors';

const ZBaselineEntrySchema = z.object({
  id: ZRegisterSlugSchema,
  name: z.string(),
  purpose: z.string(),
  dataCategories: z.array(z.string()),
  dataSubjects: z.array(z.string()),
  locations: z.array(z.string()),
  transferMechanism: z
    .string()
    .regex(
      /^(adequacy|bcr|none-needed|scc-2021-module-[1-4])$/,
      'must be adequacy, bcr, none-needed or scc-2021-module-1…4',
    ),
  website: z.string(),
  privacyUrl: z.string(),
  effectiveFrom: z.iso.date(),
});

/** content/data's wording of a mechanism ("scc-2021-module-3") → the register's (SCC_2021, module 3). */
function mechanismOf(raw: string) {
  const scc = /^scc-2021-module-([1-4])$/.exec(raw);
  if (scc) return { transferMechanism: 'SCC_2021', sccModule: Number(scc[1]) } as const;
  return {
    transferMechanism: raw === 'adequacy' ? 'ADEQUACY' : raw === 'bcr' ? 'BCR' : 'NONE_NEEDED',
    sccModule: null,
  } as const;
}

const BASELINE_FILE = path.join(process.cwd(), 'content', 'data', 'subprocessors.json');

export async function importRegisterBaseline(
  prisma: PrismaClient,
  file = BASELINE_FILE,
): Promise<{ imported: number }> {
  return prisma.$transaction((tx) => importRegisterBaselineIn(tx, file));
}

/** The same inside the caller's transaction (the seed's: all of the demo or none of it). */
export async function importRegisterBaselineIn(
  tx: Prisma.TransactionClient,
  file = BASELINE_FILE,
): Promise<{ imported: number }> {
  if ((await tx.subprocessor.count()) > 0) return { imported: 0 };
  const entries = z.array(ZBaselineEntrySchema).parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  const rows = entries.map((e) => {
    const fields = ZSubprocessorFieldsSchema.safeParse({
      ...e,
      legalName: e.name,
      ...mechanismOf(e.transferMechanism),
    });
    if (!fields.success)
      throw new Error(
        `content/data/subprocessors.json: ${e.id}: ${fields.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    return { slug: e.id, fields: fields.data, validFrom: new Date(`${e.effectiveFrom}T00:00:00Z`) };
  });
  for (const r of rows) {
    const sub = await tx.subprocessor.create({ data: { slug: r.slug } });
    await tx.subprocessorPeriod.create({ data: { subprocessorId: sub.id, ...r.fields, validFrom: r.validFrom } });
  }
  return { imported: rows.length };
}
