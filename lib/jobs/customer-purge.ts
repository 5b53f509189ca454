import { purgeDueCustomers } from '@/lib/customers/purge-customer';
import { logger } from '@/lib/log';
import { every } from './every';

const INTERVAL_MS = 60 * 60_000;

/** Hourly: customer organizations whose 30-day restore period is over are removed (lib/customers). */
export function startCustomerPurge(): void {
  every('customer purge', INTERVAL_MS, async () => {
    const purged = await purgeDueCustomers();
    for (const r of purged)
      logger.info(
        { organizationId: r.organizationId, slug: r.slug, removed: r.removed, filesRemoved: r.filesRemoved },
        'customer organization purged',
      );
  });
}
