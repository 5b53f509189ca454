import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionForm } from '@/components/questionnaires/action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { requirePermission } from '@/lib/dal';
import { AppError } from '@/lib/errors';
import { getQuestionnaire, getQuestionnaireSheets } from '@/lib/questionnaires/list-questionnaires';
import { queryInput, type SearchParams } from '@/lib/validation/input';
import { acceptHighGradedAction, setStatusAction } from '../actions';
import { GRADES, STATES, STATUSES, isOneOf } from '../labels';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';
import { MappingForm } from './mapping-form';
import { QuestionRow } from './question-row';

export const generateMetadata = consoleTitle('studio.questionnaires', 'detail.title');

/** ?done= values the actions redirect with, each with its message under detail.done. */
const DONE = ['processed', 'accept', 'needs_expert', 'reopen', 'edited', 'assigned', 'sent-to-library', 'status'];
const CONTROL = 'rounded-md border border-border bg-bg px-2 py-1 text-sm';

async function load(ctx: Awaited<ReturnType<typeof requirePermission>>, id: string) {
  try {
    return await getQuestionnaire(ctx, { questionnaireId: id });
  } catch (err) {
    if (err instanceof AppError && (err.code === 'NOT_FOUND' || err.code === 'VALIDATION')) notFound();
    throw err;
  }
}

export default async function QuestionnairePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const ctx = await requirePermission('content:edit');
  const { id } = await params;
  const query = queryInput(await searchParams);
  const { questionnaire: q, staff } = await load(ctx, id);
  const t = await getConsoleTranslator('studio.questionnaires');
  const showMapping = !q.processed || query.mapping === '1';
  const sheets = showMapping ? await getQuestionnaireSheets(ctx, { questionnaireId: id }) : [];
  const grade = isOneOf(GRADES, query.grade) ? query.grade : '';
  const state = isOneOf(STATES, query.state) ? query.state : '';
  const rows = q.rows.filter((r) => (!grade || r.grade === grade) && (!state || r.state === state));
  const back = new URLSearchParams({ ...(grade ? { grade } : {}), ...(state ? { state } : {}) }).toString();
  const done = query.done && DONE.includes(query.done) ? t(`detail.done.${query.done}`) : null;
  const doneRow = query.row ? q.rows.find((r) => String(r.rowNumber) === query.row) : undefined;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/studio/questionnaires" className="underline">
          {t('list.title')}
        </Link>
      </p>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{q.company}</h1>
          <p className="text-fg-muted">
            {t('detail.subtitle', { file: q.fileName, status: t(`status.${q.status}`), who: q.createdByLabel })}
          </p>
        </div>
        <ActionForm action={setStatusAction} className="flex items-end gap-2" label={t('statusLabel')}>
          <input type="hidden" name="questionnaireId" value={q.id} />
          <label className="flex flex-col text-sm">
            {t('statusLabel')}
            <select name="status" defaultValue={q.status} className={CONTROL}>
              {STATUSES.map((k) => (
                <option key={k} value={k}>
                  {t(`status.${k}`)}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="secondary">
            {t('detail.saveStatus')}
          </Button>
        </ActionForm>
      </div>
      {done ? (
        <Alert tone="success">
          {doneRow ? t('detail.rowPrefix', { row: doneRow.ref ?? t('rowName', { number: doneRow.rowNumber }) }) : null}
          {done}
        </Alert>
      ) : null}
      {query.done === 'bulk-accepted' ? (
        <Alert tone="success">{t('detail.bulkAccepted', { count: Number(query.accepted) || 0 })}</Alert>
      ) : null}
      {showMapping ? (
        <section aria-labelledby="mapping-heading" className="space-y-3 rounded-md border border-border p-4">
          <h2 id="mapping-heading" className="text-xl font-semibold">
            {t('detail.mapping')}
          </h2>
          <MappingForm questionnaireId={q.id} mapping={q.mapping} sheets={sheets} processed={q.processed} />
        </section>
      ) : null}
      {q.processed ? (
        <>
          <section aria-labelledby="summary-heading" className="space-y-3">
            <h2 id="summary-heading" className="text-xl font-semibold">
              {t('detail.questions', { count: q.counts.total })}
            </h2>
            <p data-testid="grade-counts">
              {
                t.rich('detail.counts', {
                  high: q.counts.high,
                  medium: q.counts.medium,
                  low: q.counts.low,
                  none: q.counts.none,
                  accepted: q.counts.accepted,
                  needsExpert: q.counts.needsExpert,
                  strong: (chunks: unknown) => <strong>{chunks as React.ReactNode}</strong>,
                }) as React.ReactNode
              }
            </p>
            <div className="flex flex-wrap items-end gap-3">
              <ActionForm action={acceptHighGradedAction} label={t('detail.acceptHigh')}>
                <input type="hidden" name="questionnaireId" value={q.id} />
                <input type="hidden" name="back" value={back} />
                <Button type="submit">{t('detail.acceptHigh')}</Button>
              </ActionForm>
              <a
                href={`/studio/questionnaires/${q.id}/export?format=xlsx`}
                className="rounded-md border border-border px-4 py-2 text-sm"
                download
              >
                {q.format === 'csv' ? t('detail.exportCsv') : t('detail.exportXlsx')}
              </a>
              {q.format === 'xlsx' ? (
                <a
                  href={`/studio/questionnaires/${q.id}/export?format=csv`}
                  className="rounded-md border border-border px-4 py-2 text-sm"
                  download
                >
                  {t('detail.exportAsCsv')}
                </a>
              ) : null}
              {!showMapping ? (
                <Link href={`/studio/questionnaires/${q.id}?mapping=1`} className="text-sm underline">
                  {t('detail.changeMapping')}
                </Link>
              ) : null}
            </div>
            <p className="text-sm text-fg-muted">{t('detail.exportNote')}</p>
          </section>
          <form
            method="get"
            className="flex flex-wrap items-end gap-3"
            role="search"
            aria-label={t('detail.filterLabel')}
          >
            <label className="flex flex-col text-sm">
              {t('detail.grade')}
              <select name="grade" defaultValue={grade} className={CONTROL}>
                <option value="">{t('detail.any')}</option>
                {GRADES.map((k) => (
                  <option key={k} value={k}>
                    {t(`grade.${k}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col text-sm">
              {t('detail.state')}
              <select name="state" defaultValue={state} className={CONTROL}>
                <option value="">{t('detail.any')}</option>
                {STATES.map((k) => (
                  <option key={k} value={k}>
                    {t(`state.${k}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="rounded-md border border-border px-4 py-2 text-sm">
              {t('detail.filter')}
            </button>
          </form>
          <p className="text-sm text-fg-muted">{t('detail.showing', { shown: rows.length, total: q.counts.total })}</p>

          <ol className="space-y-4">
            {rows.map((r) => (
              <QuestionRow key={r.id} row={r} questionnaireId={q.id} back={back} staff={staff} />
            ))}
          </ol>
        </>
      ) : null}
    </div>
  );
}
