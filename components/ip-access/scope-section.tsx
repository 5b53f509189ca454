'use client';

import { useTranslations } from 'use-intl';
import { useState } from 'react';
import {
  addIpRuleAction,
  importIpRulesAction,
  removeIpRuleAction,
  setIpListEnabledAction,
} from '@/app/(account)/account/ip-access/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { IpScopeDTO } from '@/lib/ip-access/get-ip-access-settings';
import { AddRuleForm } from './add-rule-form';
import { ImportExport } from './import-export';
import { RulesTable } from './rules-table';
import { useIpChange } from './use-ip-change';

/** One scope's allowlist: its state, entries, and every way to change it. */
export function ScopeSection({ data, currentIp }: { data: IpScopeDTO; currentIp: string | null }) {
  const t = useTranslations('account.ipAccess.scopeSection');
  // One hook per action; while any change runs (or waits on a dialog), every other button waits too.
  const addRule = useIpChange(addIpRuleAction);
  const removeRule = useIpChange(removeIpRuleAction);
  const importRules = useIpChange(importIpRulesAction);
  const setEnabled = useIpChange(setIpListEnabledAction);
  const busy = addRule.busy || removeRule.busy || importRules.busy || setEnabled.busy;
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const headingId = `scope-${data.scope}`;
  const saved = (text: string) => setMessage({ tone: 'success', text });
  const failed = (text: string) => setMessage({ tone: 'error', text });

  async function toggle() {
    const enabled = !data.enabled;
    const result = await setEnabled.run({ scope: data.scope, enabled });
    if (!result) return;
    if (result.ok) saved(enabled ? t('theListIsOn', { title: data.title }) : t('theListIsOff', { title: data.title }));
    else failed(result.error);
  }

  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg border border-border p-4 sm:p-6">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 space-y-1">
          <h2 id={headingId} className="text-xl font-semibold">
            {data.title}{' '}
            <span
              className={`ml-1 inline-block rounded px-2 py-0.5 align-middle text-xs font-semibold ${data.enabled ? 'bg-bg-subtle text-ok' : 'bg-bg-subtle text-fg-muted'}`}
            >
              {data.enabled ? 'On' : t('off')}
            </span>
          </h2>
          <p className="text-sm text-fg-muted">{data.description}</p>
          <p className="text-sm">
            {data.enabled ? t('onlyTheAddressesBelow') : t('offEveryAddressIs')}{' '}
            {currentIp ? (
              <>
                {t.rich(data.containsCurrentIp ? 'addressIn' : 'addressNotIn', {
                  ip: currentIp,
                  span: (chunks) => <span className="font-mono">{chunks}</span>,
                })}
              </>
            ) : null}
          </p>
        </div>
        <Button
          variant={data.enabled ? 'danger' : 'primary'}
          onClick={toggle}
          disabled={busy}
          aria-describedby={headingId}
        >
          {data.enabled ? t('turnListOff', { title: data.title }) : t('turnListOn', { title: data.title })}
        </Button>
      </div>
      <div aria-live="polite">{message ? <Alert tone={message.tone}>{message.text}</Alert> : null}</div>
      <RulesTable
        title={data.title}
        rules={data.rules}
        change={{ ...removeRule, busy }}
        onSaved={saved}
        onError={failed}
      />
      <AddRuleForm scope={data.scope} title={data.title} change={{ ...addRule, busy }} onSaved={saved} />
      <ImportExport
        key={data.exportText}
        scope={data.scope}
        title={data.title}
        exportText={data.exportText}
        change={{ ...importRules, busy }}
        onSaved={saved}
      />
      {addRule.dialogs}
      {removeRule.dialogs}
      {importRules.dialogs}
      {setEnabled.dialogs}
    </section>
  );
}
