import { getConsoleTranslator } from '@/lib/i18n/console';
import type { PermissionDTO } from '@/lib/roles/dto';

/** The documented catalogue: what each permission lets someone do. */
export async function PermissionCatalogue({ catalogue }: { catalogue: PermissionDTO[] }) {
  const t = await getConsoleTranslator('account.roles.permissionCatalogue');
  return (
    <dl className="divide-y divide-border rounded-md border border-border">
      {catalogue.map((p) => (
        <div
          key={p.key}
          id={`permission-${p.key.replace(':', '-')}`}
          className="grid gap-1 p-4 sm:grid-cols-[16rem_1fr]"
        >
          <dt>
            <span className="font-medium">{p.title}</span>
            <span className="block font-mono text-xs text-fg-muted">{p.key}</span>
            <span className="mt-1 inline-block rounded border border-border px-2 py-0.5 text-xs">
              {p.kind === 'read' ? t('lookOnly') : t('changesThings')}
            </span>
          </dt>
          <dd className="text-sm">{p.description}</dd>
        </div>
      ))}
    </dl>
  );
}
