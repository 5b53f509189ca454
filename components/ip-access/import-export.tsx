'use client';

import { useTranslations } from 'use-intl';
import { useId, useState } from 'react';
import { previewIpImportAction, type importIpRulesAction } from '@/app/(account)/account/ip-access/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ImportPreviewDTO } from '@/lib/ip-access/preview-ip-import';
import type { Scope } from '@/lib/ip-access/scopes';
import type { IpChange } from './use-ip-change';

type ImportValues = Exclude<Parameters<typeof importIpRulesAction>[1], FormData>;

/** The list as text: edit or paste, preview exactly what would change, then save (replaces the list). */
export function ImportExport({
  scope,
  title,
  exportText,
  change,
  onSaved,
}: {
  scope: Scope;
  title: string;
  exportText: string;
  change: IpChange<ImportValues, Awaited<ReturnType<typeof importIpRulesAction>>>;
  onSaved: (message: string) => void;
}) {
  const t = useTranslations('account.ipAccess.importExport');
  const [text, setText] = useState(exportText);
  const [preview, setPreview] = useState<ImportPreviewDTO | null>(null);
  const [error, setError] = useState<{ message: string; lines?: string[] } | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const textId = `${scope}-import-text`;
  const previewId = useId();

  async function runPreview() {
    setPreviewing(true);
    setError(null);
    const result = await previewIpImportAction(null, { scope, text });
    setPreviewing(false);
    if (result.ok) setPreview(result.data);
    else setError({ message: result.error, lines: result.fieldErrors?.text });
  }

  async function save() {
    if (!preview) return;
    const result = await change.run({ scope, text, expectedVersion: preview.version });
    if (!result) return;
    if (!result.ok) {
      setError({ message: result.error, lines: result.fieldErrors?.text });
      return;
    }
    setPreview(null);
    onSaved(
      result.data.status === 'saved' && !result.data.changed
        ? t('theListAlreadyMatched', { title: title })
        : t('savedTheImportedList', { title: title }),
    );
  }

  function download() {
    const url = URL.createObjectURL(new Blob([exportText], { type: 'text/plain' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `ip-allowlist-${scope}.txt`;
    a.click();
    URL.revokeObjectURL(url);
  }

  const changes = preview ? preview.added.length + preview.removed.length + preview.relabelled.length : 0;
  const canSave = preview && preview.problems.length === 0 && !preview.emptyWhileEnabled && changes > 0;

  return (
    <details className="rounded-md border border-border p-4">
      <summary className="cursor-pointer font-semibold">{t('importOrExportThe', { title: title })}</summary>
      <div className="mt-3 space-y-3">
        <div className="space-y-1">
          <label htmlFor={textId} className="block text-sm font-medium">
            {t('listAsText', { title: title })}
          </label>
          <p id={`${textId}-hint`} className="text-sm text-fg-muted">
            {t('oneAddressOrCidr')}
          </p>
          <textarea
            id={textId}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setPreview(null);
            }}
            rows={8}
            spellCheck={false}
            aria-describedby={`${textId}-hint`}
            className="block w-full rounded-md border border-border bg-bg px-3 py-2 font-mono text-sm text-fg"
          />
        </div>
        <div className="flex flex-wrap gap-3">
          <Button variant="secondary" onClick={runPreview} disabled={previewing}>
            {previewing ? t('checking') : t('previewChanges')}
          </Button>
          <Button variant="secondary" onClick={download}>
            {t('downloadCurrentList')}
          </Button>
        </div>
        {error ? (
          <Alert tone="error">
            {error.message}
            {error.lines?.length ? (
              <ul className="mt-2 list-disc pl-5">
                {error.lines.map((l) => (
                  <li key={l}>{l}</li>
                ))}
              </ul>
            ) : null}
          </Alert>
        ) : null}
        {preview ? (
          <section aria-labelledby={previewId} className="space-y-3 rounded-md bg-bg-subtle p-3 text-sm">
            <h4 id={previewId} className="font-semibold">
              {t('previewToAddTo', {
                addedCount: preview.added.length,
                removedCount: preview.removed.length,
                relabelledCount: preview.relabelled.length,
                unchanged: preview.unchanged,
              })}
            </h4>
            {preview.problems.length ? (
              <Alert tone="error">
                {t('fixTheseLinesFirst')}
                <ul className="mt-2 list-disc pl-5">
                  {preview.problems.map((p) => (
                    <li key={`${p.line}-${p.text}`}>
                      {t.rich('line', {
                        line: String(p.line),
                        text: p.text,
                        message: p.message,
                        span: (chunks) => <span className="font-mono">{chunks}</span>,
                      })}
                    </li>
                  ))}
                </ul>
              </Alert>
            ) : null}
            {preview.emptyWhileEnabled ? <Alert tone="error">{t('theListIsOn', { title: title })}</Alert> : null}
            {preview.wouldRefuseIp ? (
              <Alert tone="info">
                {t.rich('warningThisListWould', {
                  wouldRefuseIp: preview.wouldRefuseIp,
                  span: (chunks) => <span className="font-mono">{chunks}</span>,
                })}
              </Alert>
            ) : null}
            <DiffList label={t('toAdd')} marker="+" items={preview.added.map((a) => `${a.address} — ${a.label}`)} />
            <DiffList
              label={t('toRemove')}
              marker="−"
              items={preview.removed.map((a) => `${a.address} — ${a.label}`)}
            />
            <DiffList
              label={t('relabelled')}
              marker="~"
              items={preview.relabelled.map((a) => `${a.address}: “${a.from}” → “${a.to}”`)}
            />
            {changes === 0 && !preview.problems.length ? <p>{t('thisTextMatchesThe')}</p> : null}
            <Button onClick={save} disabled={!canSave || change.busy}>
              {change.busy ? t('saving') : t('saveThisList', { title: title })}
            </Button>
          </section>
        ) : null}
      </div>
    </details>
  );
}

function DiffList({ label, marker, items }: { label: string; marker: string; items: string[] }) {
  if (!items.length) return null;
  return (
    <div>
      <p className="font-medium">{label}</p>
      <ul className="mt-1 space-y-0.5 font-mono">
        {items.map((item) => (
          <li key={item}>
            <span aria-hidden="true">{marker} </span>
            {item}
          </li>
        ))}
      </ul>
    </div>
  );
}
