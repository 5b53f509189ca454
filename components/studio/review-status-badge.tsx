import type { ReviewStatus } from '@/lib/studio/dto';
import { getConsoleTranslator } from '@/lib/i18n/console';
import { formatDateTime } from '@/lib/ui/format';

const TONES: Record<ReviewStatus, string> = {
  PENDING: 'border-link text-link',
  CHANGES_REQUESTED: 'border-warn text-warn',
  APPROVED: 'border-ok text-ok',
  SCHEDULED: 'border-ok text-ok',
  PUBLISHED: 'border-ok text-ok',
  WITHDRAWN: 'border-border text-fg-muted',
};

/** A review's status in words (studio.reviewStatus), a scheduled one with its time. */
export async function ReviewStatusBadge({
  status,
  scheduledFor,
}: {
  status: ReviewStatus;
  scheduledFor?: string | null;
}) {
  const t = await getConsoleTranslator('studio.reviewStatus');
  return (
    <span className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium ${TONES[status]}`}>
      {status === 'SCHEDULED' && scheduledFor
        ? t('scheduledFor', { at: formatDateTime(scheduledFor) })
        : t(`status.${status}`)}
    </span>
  );
}
