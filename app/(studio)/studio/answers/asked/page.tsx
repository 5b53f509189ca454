import type { Metadata } from 'next';
import Link from 'next/link';
import { AnswerStepButton } from '@/components/answers/answer-step-button';
import { Alert } from '@/components/ui/alert';
import { DataTable } from '@/components/ui/data-table';
import { listAskedQuestions } from '@/lib/answers/library/asked-questions';
import { requirePermission } from '@/lib/dal';
import { formatDateTime } from '@/lib/ui/format';
import { queryInput, type SearchParams } from '@/lib/validation/input';
import { dismissAskedQuestionAction } from '../actions';

export const metadata: Metadata = { title: 'Asked by prospects' };

const TABS = [
  { status: 'open', label: 'Open' },
  { status: 'drafted', label: 'Drafted' },
  { status: 'dismissed', label: 'Dismissed' },
] as const;

export default async function AskedQuestionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePermission('content:edit');
  const query = queryInput(await searchParams);
  const status = TABS.find((t) => t.status === query.status)?.status ?? 'open';
  const rows = await listAskedQuestions(ctx, { status });
  return (
    <div className="space-y-6">
      <p>
        <Link href="/studio/answers">← Answers</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">Asked by prospects</h1>
        <p className="mt-1 max-w-2xl text-fg-muted">
          Questions asked in the trust center&rsquo;s Ask box that the published library did not answer with confidence,
          counted by wording. Nothing about who asked is kept.
        </p>
      </div>
      {query.done === 'dismissed' ? <Alert tone="success">The question was dismissed.</Alert> : null}
      <nav aria-label="Queue" className="flex gap-4">
        {TABS.map((t) => (
          <Link
            key={t.status}
            href={`/studio/answers/asked?status=${t.status}`}
            aria-current={t.status === status ? 'page' : undefined}
            className={t.status === status ? 'font-semibold' : ''}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <p className="text-fg-muted">
          {status === 'open' ? 'No open questions: everything prospects asked has an answer, or was handled.' : 'None.'}
        </p>
      ) : (
        <DataTable
          caption="Questions asked by prospects"
          columns={['Question', 'Asked', 'Best match', 'Last asked', { label: 'Actions', srOnly: true }]}
        >
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-border align-top">
              <td className="py-2 pr-4">{r.text}</td>
              <td className="py-2 pr-4">
                {r.count} {r.count === 1 ? 'time' : 'times'}
              </td>
              <td className="py-2 pr-4">{r.lastGrade}</td>
              <td className="py-2 pr-4">{formatDateTime(r.lastAskedAt)}</td>
              <td className="py-2">
                {r.status === 'open' ? (
                  <div className="flex flex-wrap gap-2">
                    <Link
                      href={`/studio/answers/new?asked=${r.id}`}
                      className="rounded-md border border-border px-4 py-2 text-sm"
                    >
                      Draft an entry
                    </Link>
                    <AnswerStepButton
                      action={dismissAskedQuestionAction}
                      fields={{ askedId: r.id }}
                      label="Dismiss"
                      pendingLabel="Dismissing…"
                    />
                  </div>
                ) : r.entryId ? (
                  <Link href={`/studio/answers/${r.entryId}`}>Open the entry</Link>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
