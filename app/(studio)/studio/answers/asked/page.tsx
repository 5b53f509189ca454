import Link from 'next/link';
import { AnswerStepButton } from '@/components/answers/answer-step-button';
import { Alert } from '@/components/ui/alert';
import { DataTable } from '@/components/ui/data-table';
import { listAskedQuestions } from '@/lib/answers/library/asked-questions';
import { requirePermission } from '@/lib/dal';
import { formatDateTime } from '@/lib/ui/format';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';
import { queryInput, type SearchParams } from '@/lib/validation/input';
import { dismissAskedQuestionAction } from '../actions';

export const generateMetadata = consoleTitle('studio.answers', 'asked.title');

const TABS = [{ status: 'open' }, { status: 'drafted' }, { status: 'dismissed' }] as const;

export default async function AskedQuestionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePermission('content:edit');
  const tr = await getConsoleTranslator('studio.answers');
  const query = queryInput(await searchParams);
  const status = TABS.find((t) => t.status === query.status)?.status ?? 'open';
  const rows = await listAskedQuestions(ctx, { status });
  return (
    <div className="space-y-6">
      <p>
        <Link href="/studio/answers">{tr('back')}</Link>
      </p>
      <div>
        <h1 className="text-3xl font-bold">{tr('asked.title')}</h1>
        <p className="mt-1 max-w-2xl text-fg-muted">{tr('asked.intro')}</p>
      </div>
      {query.done === 'dismissed' ? <Alert tone="success">{tr('asked.dismissed')}</Alert> : null}
      <nav aria-label={tr('asked.queue')} className="flex gap-4">
        {TABS.map((t) => (
          <Link
            key={t.status}
            href={`/studio/answers/asked?status=${t.status}`}
            aria-current={t.status === status ? 'page' : undefined}
            className={t.status === status ? 'font-semibold' : ''}
          >
            {tr(`asked.tab.${t.status}`)}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <p className="text-fg-muted">{status === 'open' ? tr('asked.emptyOpen') : tr('asked.none')}</p>
      ) : (
        <DataTable
          caption={tr('asked.caption')}
          columns={[
            tr('question'),
            tr('asked.asked'),
            tr('asked.bestMatch'),
            tr('asked.lastAsked'),
            { label: tr('asked.actions'), srOnly: true },
          ]}
        >
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-border align-top">
              <td className="py-2 pr-4">{r.text}</td>
              <td className="py-2 pr-4">{tr('times', { count: r.count })}</td>
              <td className="py-2 pr-4">{r.lastGrade}</td>
              <td className="py-2 pr-4">{formatDateTime(r.lastAskedAt)}</td>
              <td className="py-2">
                {r.status === 'open' ? (
                  <div className="flex flex-wrap gap-2">
                    <Link
                      href={`/studio/answers/new?asked=${r.id}`}
                      className="rounded-md border border-border px-4 py-2 text-sm"
                    >
                      {tr('asked.draft')}
                    </Link>
                    <AnswerStepButton
                      action={dismissAskedQuestionAction}
                      fields={{ askedId: r.id }}
                      label={tr('asked.dismiss')}
                      pendingLabel={tr('asked.dismissing')}
                    />
                  </div>
                ) : r.entryId ? (
                  <Link href={`/studio/answers/${r.entryId}`}>{tr('asked.openEntry')}</Link>
                ) : null}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
