import { getConsoleTranslator } from '@/lib/i18n/console';

const STYLES = {
  active: 'border-ok text-ok',
  invited: 'border-border text-fg',
  expired: 'border-warn text-warn',
  deactivated: 'border-danger text-danger',
} as const;

export async function StatusBadge({ status }: { status: keyof typeof STYLES }) {
  const t = await getConsoleTranslator('account.users.statusBadge');
  return (
    <span
      className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-xs font-semibold ${STYLES[status]}`}
    >
      {t(status)}
    </span>
  );
}
