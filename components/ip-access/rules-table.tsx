'use client';

import { useTranslations } from 'use-intl';
import type { removeIpRuleAction } from '@/app/(account)/account/ip-access/actions';
import { Button } from '@/components/ui/button';
import type { IpRuleDTO } from '@/lib/ip-access/get-ip-access-settings';
import { formatDateTime } from '@/lib/ui/format';
import type { IpChange } from './use-ip-change';

type RemoveValues = Exclude<Parameters<typeof removeIpRuleAction>[1], FormData>;

export function RulesTable({
  title,
  rules,
  change,
  onSaved,
  onError,
}: {
  title: string;
  rules: IpRuleDTO[];
  change: IpChange<RemoveValues, Awaited<ReturnType<typeof removeIpRuleAction>>>;
  onSaved: (message: string) => void;
  onError: (message: string) => void;
}) {
  const t = useTranslations('account.ipAccess.rulesTable');
  async function remove(rule: IpRuleDTO) {
    const result = await change.run({ ruleId: rule.id });
    if (!result) return;
    if (result.ok) onSaved(t('removedFromTheList', { address: rule.address, title: title }));
    else onError(result.error);
  }

  if (rules.length === 0) return <p className="text-sm text-fg-muted">{t('noAddressesYet')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t('allowlist', { title: title })}</caption>
        <thead className="border-b border-border text-fg-muted">
          <tr>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t('addressOrRange')}
            </th>
            <th scope="col" className="py-2 pr-4 font-medium">
              {t('label')}
            </th>
            <th scope="col" className="hidden py-2 pr-4 font-medium sm:table-cell">
              {t('addedBy')}
            </th>
            <th scope="col" className="hidden py-2 pr-4 font-medium sm:table-cell">
              {t('added')}
            </th>
            <th scope="col" className="py-2 font-medium">
              <span className="sr-only">{t('actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <tr key={r.id} className="border-b border-border align-middle">
              <td className="py-2 pr-4 font-mono break-all">{r.address}</td>
              <td className="py-2 pr-4">
                {r.label}
                {/* Small screens: who and when under the label instead of two more columns. */}
                <span className="block text-xs text-fg-muted sm:hidden">
                  {r.createdBy ? `${r.createdBy}, ` : ''}
                  {formatDateTime(r.createdAt)}
                </span>
              </td>
              <td className="hidden py-2 pr-4 break-all sm:table-cell">{r.createdBy ?? '—'}</td>
              <td className="hidden py-2 pr-4 whitespace-nowrap sm:table-cell">{formatDateTime(r.createdAt)}</td>
              <td className="py-2 text-right">
                <Button
                  variant="secondary"
                  disabled={change.busy}
                  onClick={() => remove(r)}
                  aria-label={`Remove ${r.address} (${r.label})`}
                >
                  {t('remove')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
