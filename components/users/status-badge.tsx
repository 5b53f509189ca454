const STYLES = {
  active: 'border-ok text-ok',
  invited: 'border-border text-fg',
  expired: 'border-warn text-warn',
  deactivated: 'border-danger text-danger',
} as const;

const LABELS = {
  active: 'Active',
  invited: 'Invited',
  expired: 'Invitation expired',
  deactivated: 'Deactivated',
} as const;

export function StatusBadge({ status }: { status: keyof typeof STYLES }) {
  return (
    <span
      className={`inline-block whitespace-nowrap rounded border px-2 py-0.5 text-xs font-semibold ${STYLES[status]}`}
    >
      {LABELS[status]}
    </span>
  );
}
