// npm run audit -- verify --org <slug> | verify --all [--against-checkpoint [file]] | prune [--days N]
// Verifies the tamper-evident hash chain of an organization's audit log (first broken link reported),
// or applies retention now. With --against-checkpoint it also compares the live chain with the signed
// checkpoints (the server's own, and the one in `file`: a saved GET /api/v1/audit-events/head answer or an
// export), so a chain rolled back or cut behind the application's back is reported.
// Run it while the server is stopped when using the embedded database.
import fs from 'node:fs';
import { getConfig } from '@/lib/config';
import { applyRetentionEverywhere } from '@/lib/audit/apply-retention';
import type { HeadStatement } from '@/lib/audit/checkpoints';
import { compareWithCheckpoints } from '@/lib/audit/compare-checkpoints';
import { verifyChain } from '@/lib/audit/verify-chain';
import { db } from '@/lib/db';
import { runWithDb } from './run-with-db';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The head a saved file names: an API answer `{ head }`, a head statement, or an export's checkpoint line. */
function headFromFile(file: string): HeadStatement {
  const text = fs.readFileSync(file, 'utf8').trim();
  const last = text.split('\n').at(-1)!;
  const parsed = JSON.parse(text.startsWith('{') && !text.includes('\n') ? text : last) as Record<string, unknown>;
  const head = (parsed.type === 'audit.head' ? parsed : parsed.head) as HeadStatement | undefined;
  if (!head || head.type !== 'audit.head')
    throw new Error(
      `${file} holds no signed audit head (expected an export or a saved /api/v1/audit-events/head answer).`,
    );
  return head;
}

async function verify(): Promise<number> {
  const slug = arg('org');
  const againstCheckpoint = process.argv.includes('--against-checkpoint');
  const checkpointFile = arg('against-checkpoint')?.startsWith('--') ? undefined : arg('against-checkpoint');
  let extra: HeadStatement[] = [];
  try {
    if (checkpointFile) extra = [headFromFile(checkpointFile)];
  } catch (err) {
    console.error((err as Error).message);
    return 2;
  }
  const all = process.argv.includes('--all');
  if (!slug && !all) {
    console.error(
      'Usage: npm run audit -- verify --org <slug>   (or --all) [--against-checkpoint [saved-head.json | export.jsonl]]',
    );
    return 2;
  }
  const orgs = all
    ? await db().organization.findMany({ select: { id: true, slug: true }, orderBy: { slug: 'asc' } })
    : await db().organization.findMany({ where: { slug }, select: { id: true, slug: true } });
  if (orgs.length === 0) {
    console.error(`No organization with the slug "${slug}".`);
    return 2;
  }
  if (extra.length && !orgs.some((o) => o.id === extra[0]!.organizationId)) {
    console.error(
      `${checkpointFile} is the head of another organization (${extra[0]!.organizationId}); pick it with --org.`,
    );
    return 2;
  }
  let broken = 0;
  for (const org of orgs) {
    const r = await verifyChain(db(), org.id);
    if (r.ok)
      console.log(
        `✔ ${org.slug}: ${r.checked} events verified${r.startedFrom === 'genesis' ? '' : ` (from retention anchor at #${r.startedFrom.anchorSeq})`}.`,
      );
    else {
      broken++;
      console.log(
        `✖ ${org.slug}: chain broken at event #${r.firstBreak!.seq} (${r.firstBreak!.id}, ${r.firstBreak!.occurredAt}): ${r.firstBreak!.reason}. ${r.checked} earlier events verified.`,
      );
    }
    if (!againstCheckpoint) continue;
    const c = await compareWithCheckpoints(
      db(),
      org.id,
      extra.filter((h) => h.organizationId === org.id),
    );
    for (const note of c.notes) console.log(`  ⚠ ${note}`);
    if (c.ok)
      console.log(`✔ ${org.slug}: matches ${c.checked} signed checkpoints (live head #${c.liveHead?.seq ?? '—'}).`);
    else {
      broken++;
      for (const problem of c.problems) console.log(`✖ ${org.slug}: ${problem}`);
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
  console.log(
    `Retention (${days} days): removed ${total} events from ${results.filter((r) => r.pruned).length} chains; anchors recorded.`,
  );
  return 0;
}

const command = process.argv[2];
const run = command === 'verify' ? verify : command === 'prune' ? prune : null;
if (!run) {
  console.error(
    'Usage: npm run audit -- verify --org <slug> | verify --all [--against-checkpoint [file]] | prune [--days N]',
  );
  process.exit(2);
}
runWithDb(run);
