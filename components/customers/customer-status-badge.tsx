import type { CustomerDTO } from '@/lib/customers/list-customers';
import { getConsoleTranslator } from '@/lib/i18n/console';

const STYLE: Record<CustomerDTO['status'], string> = {
  ACTIVE: 'border-ok text-ok',
  SUSPENDED: 'border-danger text-danger',
  PENDING_DELETION: 'border-danger text-danger',
};

/** Server component: the studio's customer pages render it, so its words come from the catalogue directly. */
export async function CustomerStatusBadge({ status }: { status: CustomerDTO['status'] }) {
  const t = await getConsoleTranslator('studio.customers');
  return (
    <span className={`inline-block rounded border px-2 py-0.5 text-xs font-medium ${STYLE[status]}`}>
      {t(`status.${status}`)}
    </span>
  );
}
