// npm run audit -- verify --org <slug> | verify --all | prune [--days N]
// Verifies the tamper-evident hash chain of an organization's audit log (first broken link reported),
// or applies retention now. Run it while the server is stopped when using the embedded database.
import { getConfig } from '@/lib/config';
import { applyRetentionEverywhere } from '@/lib/audit/apply-retention';
import { verifyChain } from '@/lib/audit/verify-chain';
import { db } from '@/lib/db';
import { runWithDb } from './run-with-db';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function verify(): Promise<number> {
  const slug = arg('org');
  const all = process.argv.includes('--all');
  if (!slug && !all) {
    console.error('Usage: npm run audit -- verify --org <slug>   (or --all)');
    return 2;
  }
  const orgs = all
    ? await db().organization.findMany({ select: { id: true, slug: true }, orderBy: { slug: 'asc' } })
    : await db().organization.findMany({ where: { slug }, select: { id: true, slug: true } });
  if (orgs.length === 0) {
    console.error(`No organization with the slug "${slug}".`);
    return 2;
  }
  let broken = 0;
  for (const org of orgs) {
    const r = await verifyChain(db(), org.id);
    if (r.ok) console.log(`✔ ${org.slug}: ${r.checked} events verified${r.startedFrom === 'genesis' ? '' : ` (from retention anchor at #${r.startedFrom.anchorSeq})`}.`);
    else {
      broken++;
      console.log(`✖ ${org.slug}: chain broken at event #${r.firstBreak!.seq} (${r.firstBreak!.id}, ${r.firstBreak!.occurredAt}): ${r.firstBreak!.reason}. ${r.checked} earlier events verified.`);
    }
  }
  return broken ? 1 : 0;
}

async function prune(): Promise<number> {
  const days = Number(arg('days') ?? getConfig().auditRetentionDays);
  if (!Number.isInteger(days) || days < 1) {
    console.error('--days must be a whole number of days (at least 1).');
    return 2;
  }
  const results = await applyRetentionEverywhere(db(), days);
  const total = results.reduce((n, r) => n + r.pruned, 0);
  console.log(`Retention (${days} days): removed ${total} events from ${results.filter((r) => r.pruned).length} chains; anchors recorded.`);
  return 0;
}

const command = process.argv[2];
const run = command === 'verify' ? verify : command === 'prune' ? prune : null;
if (!run) {
  console.error('Usage: npm run audit -- verify --org <slug> | verify --all | prune [--days N]');
  process.exit(2);
}
runWithDb(run);
