import { getConfig } from '@/lib/config';
import type { DbTransaction } from '@/lib/db';
import { renderMail } from '@/lib/mail/render';
import { notify } from '@/lib/notifications/notify';

// Telling people about reviews: the reviewer when asked, the requester when decided. Optional events:
// each person can switch them off (lib/notifications/preferences).

export async function notifyReviewRequested(
  tx: DbTransaction,
  p: {
    organizationId: string;
    reviewId: string;
    reviewerId: string;
    requester: string;
    pageLabel: string;
    message: string;
  },
): Promise<void> {
  const { brand, appUrl } = getConfig();
  const link = `/studio/reviews/${p.reviewId}`;
  await notify(tx, {
    event: 'content.review_requested',
    organizationId: p.organizationId,
    userId: p.reviewerId,
    title: `Review requested: ${p.pageLabel}`,
    body: `${p.requester} asked you to review a change: “${p.message}”`,
    link,
    email: (r) =>
      renderMail({
        brand: brand.name,
        subject: `Review requested: ${p.pageLabel}`,
        paragraphs: [
          `Hello ${r.name},`,
          `${p.requester} asked you to review a change to the trust-center page ${p.pageLabel}.`,
          `Their note: “${p.message}”`,
        ],
        action: { label: 'Open the review', url: new URL(link, appUrl).toString() },
      }),
  });
}

const OUTCOME = {
  approved: 'approved',
  changes_requested: 'sent back with requested changes',
  published: 'published',
} as const;

export async function notifyReviewDecided(
  tx: DbTransaction,
  p: {
    organizationId: string | null;
    reviewId: string;
    requesterId: string;
    by: string;
    pageLabel: string;
    outcome: keyof typeof OUTCOME;
    body?: string | null;
  },
): Promise<void> {
  const { brand, appUrl } = getConfig();
  const link = `/studio/reviews/${p.reviewId}`;
  const what = OUTCOME[p.outcome];
  await notify(tx, {
    event: 'content.review_decided',
    organizationId: p.organizationId,
    userId: p.requesterId,
    title: `Your change was ${what}: ${p.pageLabel}`,
    body: `${p.by} ${what === 'published' ? 'published' : what.replace('sent back', 'sent it back')} your change${p.body ? `: “${p.body}”` : '.'}`,
    link,
    email: (r) =>
      renderMail({
        brand: brand.name,
        subject: `Your change was ${what}: ${p.pageLabel}`,
        paragraphs: [
          `Hello ${r.name},`,
          `${p.by} ${what === 'published' ? 'published' : `reviewed and ${what}`} your change to the trust-center page ${p.pageLabel}.`,
          ...(p.body ? [`Their note: “${p.body}”`] : []),
        ],
        action: { label: 'Open the review', url: new URL(link, appUrl).toString() },
      }),
  });
}
