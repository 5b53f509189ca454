'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo, useRef, useState, useTransition } from 'react';
import {
  discardChangeAction,
  publishChangeAction,
  saveChangeDraftAction,
} from '@/app/(studio)/studio/subprocessors/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field } from '@/components/ui/field';
import { useTranslations } from 'use-intl';
import { addDays, applyOperations, isEmptyDiff, registerOn, type RegisterPeriod } from '@/lib/subprocessors/diff';
import type { TRegisterOperation } from '@/lib/validation/subprocessors';
import { formatDate } from '@/lib/ui/format';
import { DiffView } from './diff-view';
import { OperationForm, type OperationMode } from './operation-form';

export interface EditableChange {
  id: string;
  version: number;
  summary: string;
  effectiveDate: string;
  operations: TRegisterOperation[];
}

const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

type EditorT = (key: string, values?: Record<string, string | number>) => string;

function describe(t: EditorT, op: TRegisterOperation, name: string) {
  if (op.op === 'add') return t('editor.opAdd', { name: op.fields.legalName ?? '', slug: op.slug });
  if (op.op === 'remove') return t('editor.opRemove', { name });
  return t('editor.opChange', {
    name,
    fields: Object.keys(op.fields)
      .map((f) => t(`field.${f}`))
      .join(', '),
  });
}

/** Drafts a change to the register: operations, a live preview of the diff, save, publish, discard. */
export function ChangeEditor({
  change,
  periods,
  today,
  noticeDays,
  canPublish,
  savedNotice,
}: {
  change: EditableChange | null;
  /** Set right after the first save of a new change, which lands on the draft's own page. */
  savedNotice?: boolean;
  periods: RegisterPeriod[];
  today: string;
  noticeDays: number;
  canPublish: boolean;
}) {
  const t = useTranslations('studio.subprocessors');
  const router = useRouter();
  const [ref, setRef] = useState(change ? { id: change.id, version: change.version } : null);
  const [summary, setSummary] = useState(change?.summary ?? '');
  const [effectiveDate, setEffectiveDate] = useState(change?.effectiveDate ?? addDays(today, noticeDays));
  const [operations, setOperations] = useState<TRegisterOperation[]>(change?.operations ?? []);
  const [mode, setMode] = useState<OperationMode | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(
    savedNotice ? { tone: 'success', text: t('editor.saved') } : null,
  );
  const [confirm, setConfirm] = useState<'publish' | 'discard' | null>(null);
  const [pending, start] = useTransition();
  const operationsHeading = useRef<HTMLHeadingElement>(null);
  // Closing the operation form removes the focused control: put focus back on the list it changed.
  const closeForm = () => {
    setMode(null);
    operationsHeading.current?.focus();
  };

  const day = isDay(effectiveDate) ? effectiveDate : today;
  const register = useMemo(() => registerOn(periods, day), [periods, day]);
  const preview = useMemo(() => applyOperations(register, operations, day), [register, operations, day]);
  const nameOf = (slug: string) => register.find((s) => s.slug === slug)?.legalName ?? slug;
  const earliest = addDays(today, noticeDays);

  async function save(): Promise<{ id: string; version: number } | null> {
    const result = await saveChangeDraftAction(null, {
      changeId: ref?.id,
      expectedVersion: ref?.version,
      summary,
      effectiveDate,
      operations,
    });
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setMessage({
        tone: 'error',
        text: result.fieldErrors ? t('editor.saveRefused', { error: result.error }) : result.error,
      });
      return null;
    }
    const saved = { id: result.data.id, version: result.data.version };
    setRef(saved);
    setErrors({});
    return saved;
  }

  // A new change moves to its own page once saved. Not via history.replaceState: the save's revalidation
  // refreshes the current URL, and whichever of the two won decided whether "Draft saved." survived.
  async function saveDraft() {
    const created = !ref;
    const saved = await save();
    if (!saved) return;
    if (created) router.replace(`/studio/subprocessors/changes/${saved.id}?saved=1`);
    else setMessage({ tone: 'success', text: t('editor.saved') });
  }

  async function publish(): Promise<string | null> {
    const saved = await save();
    if (!saved) return t('editor.notSaved');
    const result = await publishChangeAction(null, { changeId: saved.id, expectedVersion: saved.version });
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      setRef({ ...saved });
      return result.fieldErrors
        ? `${result.error} ${Object.values(result.fieldErrors).flat().join(' ')}`
        : result.error;
    }
    router.push(`/studio/subprocessors?published=${result.data.number}`);
    return null;
  }

  const opErrors = (i: number) =>
    Object.entries({ ...preview.errors, ...errors })
      .filter(([k]) => k.startsWith(`operations.${i}.`))
      .flatMap(([, v]) => v);

  return (
    <div className="space-y-8">
      {change === null ? (
        <div>
          <p className="text-sm">
            <Link href="/studio/subprocessors">{t('list.title')}</Link>
          </p>
          <h1 className="text-3xl font-bold">{ref ? t('editor.editHeading') : t('list.newChange')}</h1>
        </div>
      ) : null}
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      <div className="grid max-w-3xl gap-5 sm:grid-cols-[1fr_12rem]">
        <Field
          id="change-summary"
          label={t('list.summary')}
          name="summary"
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          errors={errors.summary}
          hint={t('editor.summaryHint')}
        />
        <Field
          id="change-effective"
          label={t('list.effectiveDate')}
          name="effectiveDate"
          type="date"
          min={earliest}
          value={effectiveDate}
          onChange={(e) => setEffectiveDate(e.target.value)}
          errors={errors.effectiveDate}
          hint={t('editor.effectiveHint', { days: noticeDays, date: formatDate(earliest) })}
        />
      </div>

      <section aria-labelledby="operations-heading" className="space-y-3">
        <h2
          id="operations-heading"
          ref={operationsHeading}
          tabIndex={-1}
          className="text-xl font-semibold outline-none"
        >
          {t('list.operations')}
        </h2>
        {operations.length ? (
          <ul aria-label={t('list.operations')} className="space-y-2">
            {operations.map((op, i) => (
              <li
                key={op.slug}
                className="flex flex-wrap items-start justify-between gap-3 rounded-md border border-border px-3 py-2"
              >
                <div>
                  <span>{describe(t, op, nameOf(op.slug))}</span>
                  {opErrors(i).length ? (
                    <ul role="alert" className="text-sm text-danger">
                      {opErrors(i).map((e) => (
                        <li key={e}>{e}</li>
                      ))}
                    </ul>
                  ) : null}
                </div>
                <Button variant="secondary" onClick={() => setOperations((ops) => ops.filter((_, j) => j !== i))}>
                  {t('editor.undo')}
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-fg-muted">{t('editor.noOperations')}</p>
        )}
        {errors.operations ? (
          <p role="alert" className="text-sm text-danger">
            {errors.operations.join(' ')}
          </p>
        ) : null}
        {mode ? (
          <OperationForm
            key={mode}
            mode={mode}
            register={register}
            taken={new Set(operations.map((o) => o.slug))}
            effectiveDate={day}
            onAdd={(op) => {
              setOperations((ops) => [...ops, op]);
              closeForm();
            }}
            onCancel={closeForm}
          />
        ) : (
          <div className="flex flex-wrap gap-3">
            <Button variant="secondary" onClick={() => setMode('add')}>
              {t('editor.addButton')}
            </Button>
            <Button variant="secondary" onClick={() => setMode('update')}>
              {t('editor.legend.update')}
            </Button>
            <Button variant="secondary" onClick={() => setMode('remove')}>
              {t('editor.legend.remove')}
            </Button>
          </div>
        )}
      </section>

      <section
        aria-labelledby="preview-heading"
        role="region"
        className="space-y-3 rounded-md border border-border bg-bg-subtle p-4"
      >
        <h2 id="preview-heading" className="text-xl font-semibold">
          {t('editor.preview')}
        </h2>
        <p className="text-sm text-fg-muted">
          {isDay(effectiveDate) ? t('editor.previewOn', { date: formatDate(effectiveDate) }) : t('editor.previewToday')}
        </p>
        {isEmptyDiff(preview.diff) ? <p>{t('editor.nothingChanges')}</p> : <DiffView diff={preview.diff} />}
      </section>

      <div className="flex flex-wrap gap-3">
        <Button disabled={pending} onClick={() => start(saveDraft)}>
          {pending ? t('editor.saving') : t('editor.save')}
        </Button>
        {canPublish ? (
          <Button variant="secondary" onClick={() => setConfirm('publish')}>
            {t('editor.publishButton')}
          </Button>
        ) : (
          <p className="self-center text-sm text-fg-muted">{t('editor.publishNeeds')}</p>
        )}
        {ref ? (
          <Button variant="danger" onClick={() => setConfirm('discard')}>
            {t('editor.discardButton')}
          </Button>
        ) : null}
      </div>

      {confirm === 'publish' ? (
        <ConfirmDialog
          title={t('editor.publishTitle')}
          body={t('editor.publishBody', { date: isDay(effectiveDate) ? formatDate(effectiveDate) : effectiveDate })}
          confirmLabel={t('editor.publish')}
          pendingLabel={t('editor.publishing')}
          onConfirm={publish}
          onClose={() => setConfirm(null)}
        />
      ) : null}
      {confirm === 'discard' && ref ? (
        <ConfirmDialog
          title={t('editor.discardTitle')}
          body={t('editor.discardBody')}
          confirmLabel={t('editor.discard')}
          pendingLabel={t('editor.discarding')}

          onConfirm={async () => {
            const result = await discardChangeAction(null, { changeId: ref.id, expectedVersion: ref.version });
            if (!result.ok) return result.error;
            router.push('/studio/subprocessors?discarded=1');
            return null;
          }}
          onClose={() => setConfirm(null)}
        />
      ) : null}
    </div>
  );
}
