import { ActionForm } from '@/components/questionnaires/action-form';
import { Button } from '@/components/ui/button';
import { SHORT_ANSWER_LABELS } from '@/lib/answers/library/entries';
import { getConsoleTranslator } from '@/lib/i18n/console';
import type { QuestionnaireRowDto } from '@/lib/questionnaires/dto';
import { assignRowAction, decideRowAction, editRowAction, sendRowToLibraryAction } from '../actions';

const GRADE_TONE = {
  high: 'border-ok text-ok',
  medium: 'border-border text-fg',
  low: 'border-border text-fg-muted',
  none: 'border-danger text-danger',
} as const;
const CONTROL = 'rounded-md border border-border bg-bg px-2 py-1 text-sm';

/** One question: its suggestion (grade, sources), the answer and what staff can do with it. */
export async function QuestionRow({
  row,
  questionnaireId,
  back,
  staff,
}: {
  row: QuestionnaireRowDto;
  questionnaireId: string;
  back: string;
  staff: { id: string; name: string }[];
}) {
  const t = await getConsoleTranslator('studio.questionnaires');
  const hidden = (
    <>
      <input type="hidden" name="rowId" value={row.id} />
      <input type="hidden" name="questionnaireId" value={questionnaireId} />
      <input type="hidden" name="rowNumber" value={row.rowNumber} />
      <input type="hidden" name="back" value={back} />
    </>
  );
  const label = row.ref ?? t('rowName', { number: row.rowNumber });
  return (
    <li
      id={`row-${row.rowNumber}`}
      className="space-y-3 rounded-md border border-border p-4"
      data-testid="question-row"
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="max-w-3xl">
          <p className="text-sm text-fg-muted">
            {label}
            {row.section ? ` · ${row.section}` : null}
          </p>
          <h3 className="font-medium">{row.question}</h3>
        </div>
        <div className="flex flex-wrap gap-2 text-sm">
          <span className={`rounded border px-2 py-0.5 ${GRADE_TONE[row.grade]}`} data-grade={row.grade}>
            {t('row.grade', { grade: t(`grade.${row.grade}`) })}
          </span>
          <span className="rounded border border-border px-2 py-0.5" data-state={row.state}>
            {t(`state.${row.state}`)}
            {row.edited ? t('row.edited') : null}
          </span>
        </div>
      </div>
      {row.sources.length ? (
        <div className="text-sm">
          <p className="text-fg-muted">{t('row.sources')}</p>
          <ul className="list-disc pl-5">
            {row.sources.map((s) => (
              <li key={s.id}>
                {s.href ? (
                  <a href={s.href} className="underline" target="_blank" rel="noreferrer">
                    {s.question}
                  </a>
                ) : (
                  s.question
                )}{' '}
                <span className="text-fg-muted">
                  {t('row.source', {
                    kind: s.kind === 'entry' ? t('row.kindEntry') : t('row.kindPage'),
                    score: s.score,
                  })}
                </span>
                {s.visibility === 'nda' ? (
                  <strong className="ml-2 rounded border border-danger px-1 text-danger">{t('row.nda')}</strong>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm text-fg-muted">{t('row.noSource')}</p>
      )}
      <ActionForm action={editRowAction} className="space-y-2" label={t('row.answerTo', { label })}>
        {hidden}
        <div className="flex flex-wrap items-end gap-3">
          <label className="flex flex-col text-sm">
            {t('row.shortAnswer')}
            <select name="shortAnswer" defaultValue={row.shortAnswer ?? ''} className={CONTROL}>
              <option value="">{t('mapping.none')}</option>
              {Object.keys(SHORT_ANSWER_LABELS).map((k) => (
                <option key={k} value={k}>
                  {t(`shortAnswer.${k}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="flex flex-col text-sm">
          {t('row.answer')}
          <textarea name="answer" rows={4} defaultValue={row.answer ?? ''} className={`${CONTROL} w-full`} />
        </label>
        <Button type="submit" variant="secondary">
          {t('row.saveEdit')}
        </Button>
      </ActionForm>
      <div className="flex flex-wrap items-start gap-3">
        {row.state !== 'ACCEPTED' ? (
          <ActionForm action={decideRowAction} label={t('row.acceptLabel', { label })}>
            {hidden}
            <input type="hidden" name="decision" value="accept" />
            <Button type="submit">{t('row.accept')}</Button>
          </ActionForm>
        ) : null}
        {row.state !== 'NEEDS_EXPERT' ? (
          <ActionForm action={decideRowAction} label={t('row.needsExpertLabel', { label })}>
            {hidden}
            <input type="hidden" name="decision" value="needs_expert" />
            <Button type="submit" variant="secondary">
              {t('state.NEEDS_EXPERT')}
            </Button>
          </ActionForm>
        ) : null}
        {row.state !== 'SUGGESTED' ? (
          <ActionForm action={decideRowAction} label={t('row.reopenLabel', { label })}>
            {hidden}
            <input type="hidden" name="decision" value="reopen" />
            <Button type="submit" variant="secondary">
              {t('row.reopen')}
            </Button>
          </ActionForm>
        ) : null}
        <ActionForm action={assignRowAction} className="flex items-end gap-2" label={t('row.assignLabel', { label })}>
          {hidden}
          <label className="flex flex-col text-sm">
            {t('row.assignedTo')}
            <select name="assigneeId" defaultValue={row.assigneeId ?? ''} className={CONTROL}>
              <option value="">{t('row.nobody')}</option>
              {staff.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="secondary">
            {t('row.assign')}
          </Button>
        </ActionForm>
        {row.edited ? (
          <ActionForm action={sendRowToLibraryAction} label={t('row.sendLabel', { label })}>
            {hidden}
            <Button type="submit" variant="secondary" disabled={row.sentToLibrary}>
              {row.sentToLibrary ? t('row.sent') : t('row.send')}
            </Button>
          </ActionForm>
        ) : null}
      </div>
      {row.decidedByLabel ? (
        <p className="text-xs text-fg-muted">{t('row.decidedBy', { who: row.decidedByLabel })}</p>
      ) : null}
    </li>
  );
}
