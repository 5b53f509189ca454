// Triage statuses of an abuse report and the moves between them: plain constants, so the browser's
// forms can import them.
import type { TAbuseStatus } from '@/lib/validation/abuse';

export const ABUSE_STATUS_LABELS: Record<TAbuseStatus, string> = {
  NEW: 'New',
  INVESTIGATING: 'Investigating',
  ACTIONED: 'Actioned',
  REJECTED: 'Rejected',
};

/** A closed report (actioned or rejected) can only be reopened for investigation. */
export const ABUSE_STATUS_MOVES: Record<TAbuseStatus, readonly TAbuseStatus[]> = {
  NEW: ['INVESTIGATING', 'ACTIONED', 'REJECTED'],
  INVESTIGATING: ['ACTIONED', 'REJECTED'],
  ACTIONED: ['INVESTIGATING'],
  REJECTED: ['INVESTIGATING'],
};
