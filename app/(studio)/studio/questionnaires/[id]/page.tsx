import type { Metadata } from 'next';
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
import { GRADE_LABELS, STATE_LABELS, STATUS_LABELS } from '../labels';
import { MappingForm } from './mapping-form';
import { QuestionRow } from './question-row';

export const metadata: Metadata = { title: 'Questionnaire' };

const DONE: Record<string, string> = {
  processed: 'Every question has its suggestion. Accept, edit or mark each one; only accepted answers are exported.',
  accept: 'Accepted.',
  needs_expert: 'Marked for an expert.',
  reopen: 'Reopened.',
  edited: 'Your answer is saved and accepted.',
  assigned: 'Assignment saved.',
  'sent-to-library': 'Sent to the answer library as a draft revision: review and publish it in Studio → Answers.',
  status: 'Status saved.',
};
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
  const showMapping = !q.processed || query.mapping === '1';
  const sheets = showMapping ? await getQuestionnaireSheets(ctx, { questionnaireId: id }) : [];
  const grade = query.grade && query.grade in GRADE_LABELS ? query.grade : '';
  const state = query.state && query.state in STATE_LABELS ? query.state : '';
  const rows = q.rows.filter((r) => (!grade || r.grade === grade) && (!state || r.state === state));
  const back = new URLSearchParams({ ...(grade ? { grade } : {}), ...(state ? { state } : {}) }).toString();
  const done = query.done && DONE[query.done];
  const doneRow = query.row ? q.rows.find((r) => String(r.rowNumber) === query.row) : undefined;
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href="/studio/questionnaires" className="underline">
          Questionnaires
        </Link>
      </p>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-3xl font-bold">{q.company}</h1>
          <p className="text-fg-muted">
            {q.fileName} · {STATUS_LABELS[q.status]} · uploaded by {q.createdByLabel}
          </p>
        </div>
        <ActionForm action={setStatusAction} className="flex items-end gap-2" label="Status">
          <input type="hidden" name="questionnaireId" value={q.id} />
          <label className="flex flex-col text-sm">
            Status
            <select name="status" defaultValue={q.status} className={CONTROL}>
              {Object.entries(STATUS_LABELS).map(([k, v]) => (
                <option key={k} value={k}>
                  {v}
                </option>
              ))}
            </select>
          </label>
          <Button type="submit" variant="secondary">
            Save status
          </Button>
        </ActionForm>
      </div>
      {done ? (
        <Alert tone="success">
          {doneRow ? `${doneRow.ref ?? `Row ${doneRow.rowNumber}`}: ` : ''}
          {done}
        </Alert>
      ) : null}
      {query.done === 'bulk-accepted' ? (
        <Alert tone="success">Accepted {Number(query.accepted) || 0} high-graded answers.</Alert>
      ) : null}
      {showMapping ? (
        <section aria-labelledby="mapping-heading" className="space-y-3 rounded-md border border-border p-4">
          <h2 id="mapping-heading" className="text-xl font-semibold">
            Where are the questions?
          </h2>
          <MappingForm questionnaireId={q.id} mapping={q.mapping} sheets={sheets} processed={q.processed} />
        </section>
      ) : null}
      {q.processed ? (
        <>
          <section aria-labelledby="summary-heading" className="space-y-3">
            <h2 id="summary-heading" className="text-xl font-semibold">
              {q.counts.total} questions
            </h2>
            <p data-testid="grade-counts">
              High {q.counts.high} · Medium {q.counts.medium} · Low {q.counts.low} · No answer {q.counts.none} ·{' '}
              <strong>Accepted {q.counts.accepted}</strong> · Needs expert {q.counts.needsExpert}
            </p>
            <div className="flex flex-wrap items-end gap-3">
              <ActionForm action={acceptHighGradedAction} label="Accept all high-graded">
                <input type="hidden" name="questionnaireId" value={q.id} />
                <input type="hidden" name="back" value={back} />
                <Button type="submit">Accept all high-graded</Button>
              </ActionForm>
              <a
                href={`/studio/questionnaires/${q.id}/export?format=xlsx`}
                className="rounded-md border border-border px-4 py-2 text-sm"
                download
              >
                {q.format === 'csv' ? 'Export (CSV)' : 'Export into the workbook (XLSX)'}
              </a>
              {q.format === 'xlsx' ? (
                <a
                  href={`/studio/questionnaires/${q.id}/export?format=csv`}
                  className="rounded-md border border-border px-4 py-2 text-sm"
                  download
                >
                  Export as CSV
                </a>
              ) : null}
              {!showMapping ? (
                <Link href={`/studio/questionnaires/${q.id}?mapping=1`} className="text-sm underline">
                  Change sheet or columns
                </Link>
              ) : null}
            </div>
            <p className="text-sm text-fg-muted">
              Only accepted answers are exported. Internal library entries are never suggested; entries marked NDA are,
              flagged, for you to decide.
            </p>
          </section>
          <form method="get" className="flex flex-wrap items-end gap-3" role="search" aria-label="Filter questions">
            <label className="flex flex-col text-sm">
              Grade
              <select name="grade" defaultValue={grade} className={CONTROL}>
                <option value="">Any</option>
                {Object.entries(GRADE_LABELS).map(([k, v]) => (
                  <option key={k} value={k}>
                    {v}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col text-sm">
              State
              <select name="state" defaultValue={state} className={CONTROL}>
                <option value="">Any</option>
                {Object.entries(STATE_LABELS).map(([k, v]) => (
                  <option key={k} value={k}>
                    {v}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="rounded-md border border-border px-4 py-2 text-sm">
              Filter
            </button>
          </form>
          <p className="text-sm text-fg-muted">
            Showing {rows.length} of {q.counts.total}
          </p>
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
