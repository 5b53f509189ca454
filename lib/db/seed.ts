// Demo data, idempotent: running it twice changes nothing. Existing users keep their passwords, so a
// demo account someone changed stays changed. One transaction: a seed killed half-way leaves nothing,
// so `--if-empty` never mistakes half a demo for a whole one (issue 21, finding 5). The documents'
// files are written after the commit, by a step that restores any that are missing and so also runs
// when the seed is skipped.
import { getConfig } from '@/lib/config';
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import { hashPassword } from '@/lib/auth/password-hash';
import { DEMO_IP_RULES, DEMO_ORGANIZATIONS, DEMO_PASSWORD, DEMO_USERS } from './seed-data';
import { restoreDemoDocumentFiles, seedDocuments } from '@/lib/documents/seed-documents';
import { importRegisterBaselineIn } from '@/lib/subprocessors/import-baseline';
import { seedAnswerLibrary } from '@/lib/answers/library/seed-library';

export interface SeedReport {
  organizations: number;
  usersCreated: number;
  usersExisting: number;
}

/**
 * Test hook: with TRUST_CENTER_TEST_PAUSE_SEED=1 the seed stops inside its transaction after the last
 * row (nothing committed), says so on stdout and waits to be killed.
 */
async function pauseForTest(): Promise<void> {
  if (getConfig().isProduction || process.env.TRUST_CENTER_TEST_PAUSE_SEED !== '1') return;
  process.stdout.write('paused inside the seed transaction\n');
  await new Promise(() => setInterval(() => undefined, 60_000));
}

export async function seedDemoData(prisma: PrismaClient): Promise<SeedReport> {
  const passwordHash = await hashPassword(DEMO_PASSWORD); // argon2: before the transaction, not inside it
  // PGlite has one connection: nothing else waits on this transaction while the seed runs.
  const report = await prisma.$transaction((tx) => seedRows(tx, passwordHash), { maxWait: 30_000, timeout: 300_000 });
  await restoreDemoDocumentFiles(prisma);
  return report;
}

async function seedRows(prisma: Prisma.TransactionClient, passwordHash: string): Promise<SeedReport> {
  const orgIds = new Map<string, string>();
  for (const org of DEMO_ORGANIZATIONS) {
    const row = await prisma.organization.upsert({
      where: { slug: org.slug },
      update: {},
      create: { slug: org.slug, name: org.name, kind: org.kind },
    });
    orgIds.set(org.slug, row.id);
  }

  let usersCreated = 0;
  for (const u of DEMO_USERS) {
    const existing = await prisma.user.findUnique({ where: { email: u.email } });
    const user =
      existing ??
      (await prisma.user.create({
        data: { email: u.email, name: u.name, passwordHash, passwordChangedAt: new Date() },
      }));
    if (!existing) usersCreated++;
    const organizationId = orgIds.get(u.org)!;
    await prisma.membership.upsert({
      where: { userId_organizationId: { userId: user.id, organizationId } },
      update: {},
      create: { userId: user.id, organizationId, role: u.role },
    });
  }
  for (const r of DEMO_IP_RULES) {
    const organizationId = orgIds.get(r.org)!;
    await prisma.ipAccessRule.upsert({
      where: { organizationId_scope_cidr: { organizationId, scope: r.scope, cidr: r.cidr } },
      update: {},
      create: { organizationId, scope: r.scope, cidr: r.cidr, label: r.label, createdByLabel: 'demo data' },
    });
  }
  // Document library: placeholder PDFs for content/data/documents.json, owned by the vendor.
  const vendor = DEMO_ORGANIZATIONS.find((o) => o.kind === 'VENDOR');
  if (vendor) await seedDocuments(prisma, orgIds.get(vendor.slug)!);
  // Sub-processor register: the baseline from content/data/subprocessors.json (only when empty).
  await importRegisterBaselineIn(prisma);
  // Answer library (issue 17): content/answers/library.json, published, owners mapped to the demo staff.
  await seedAnswerLibrary(prisma);
  await pauseForTest();
  return { organizations: orgIds.size, usersCreated, usersExisting: DEMO_USERS.length - usersCreated };
}

export async function isDatabaseEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.organization.count()) === 0;
}
