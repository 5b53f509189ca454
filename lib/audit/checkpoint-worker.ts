import { db } from '@/lib/db';
import { every } from '@/lib/jobs/every';
import { logger } from '@/lib/log';
import { signedHeadOf } from './checkpoints';

const INTERVAL_MS = 15 * 60_000;

/**
 * Records a signed head checkpoint for every chain (each organization and the global one) whose head moved
 * since its last checkpoint. `npm run audit -- verify --against-checkpoint` later compares the live chain
 * with them: events removed or rewritten behind the application's back no longer match a checkpoint.
 */
export async function recordCheckpointsEverywhere(): Promise<number> {
  const orgs = await db().organization.findMany({ select: { id: true } });
  let recorded = 0;
  for (const id of [...orgs.map((o) => o.id), null]) {
    const { recorded: created } = await db().$transaction((tx) => signedHeadOf(tx, id, 'SCHEDULED'));
    if (created) recorded++;
  }
  return recorded;
}

/** Every 15 minutes in the server process. */
export function startAuditCheckpoints(): void {
  every('audit-checkpoints', INTERVAL_MS, async () => {
    const recorded = await recordCheckpointsEverywhere();
    if (recorded) logger.info({ recorded }, 'audit checkpoints recorded');
  });
}
