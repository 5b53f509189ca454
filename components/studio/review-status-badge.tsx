import type { ReviewStatus } from '@/lib/studio/dto';
import { formatDateTime } from '@/lib/ui/format';

const LABELS: Record<ReviewStatus, { label: string; tone: string }> = {
  PENDING: { label: 'Waiting for review', tone: 'border-link text-link' },
  CHANGES_REQUESTED: { label: 'Changes requested', tone: 'border-warn text-warn' },
  APPROVED: { label: 'Approved', tone: 'border-ok text-ok' },
  SCHEDULED: { label: 'Scheduled', tone: 'border-ok text-ok' },
  PUBLISHED: { label: 'Published', tone: 'border-ok text-ok' },
  WITHDRAWN: { label: 'Withdrawn', tone: 'border-border text-fg-muted' },
};

export function ReviewStatusBadge({ status, scheduledFor }: { status: ReviewStatus; scheduledFor?: string | null }) {
  const { label, tone } = LABELS[status];
  return (
    <span className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium ${tone}`}>
      {label}
      {status === 'SCHEDULED' && scheduledFor ? ` for ${formatDateTime(scheduledFor)}` : ''}
    </span>
  );
}
