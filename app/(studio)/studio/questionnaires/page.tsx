import Link from 'next/link';
import { UploadQuestionnaireForm } from '@/components/questionnaires/upload-questionnaire-form';
import { DataTable } from '@/components/ui/data-table';
import { requirePermission } from '@/lib/dal';
import { formatReason, isSpecificReason } from '@/lib/messages/errors';
import { listQuestionnaires } from '@/lib/questionnaires/list-questionnaires';
import { formatDate } from '@/lib/ui/format';
import { queryInput, type SearchParams } from '@/lib/validation/input';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';

export const generateMetadata = consoleTitle('studio.questionnaires', 'list.title');

// A refusal of a no-JavaScript upload arrives as its reason (never as text); params the message needs are
// filled with neutral words, since the details stayed on the server.
const NEUTRAL = { limit: '10 MB', max: '5,000', rows: 'too many', sheet: 'chosen', column: 'chosen', row: 'header' };

function refusalText(reason: string | undefined): string | null {
  if (!reason || !/^[A-Z_]{3,60}$/.test(reason)) return null;
  if (!isSpecificReason(reason) && reason !== 'VALIDATION' && reason !== 'FORBIDDEN') return null;
  return formatReason(reason as never, NEUTRAL);
}

export default async function QuestionnairesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePermission('content:edit');
  const query = queryInput(await searchParams);
  const list = await listQuestionnaires(ctx);
  const t = await getConsoleTranslator('studio.questionnaires');
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t('list.title')}</h1>
        <p className="mt-1 max-w-3xl text-fg-muted">{t('list.intro')}</p>
      </div>
      <section aria-labelledby="upload-heading" className="max-w-xl space-y-3">
        <h2 id="upload-heading" className="text-xl font-semibold">
          {t('list.upload')}
        </h2>
        <UploadQuestionnaireForm refusal={refusalText(query.refused)} />
      </section>
      <section aria-labelledby="list-heading" className="space-y-3">
        <h2 id="list-heading" className="text-xl font-semibold">
          {t('list.count', { count: list.length })}
        </h2>
        {list.length ? (
          <DataTable
            caption={t('list.caption')}
            columns={[
              t('company'),
              t('list.file'),
              t('statusLabel'),
              t('list.questions'),
              t('list.accepted'),
              t('list.uploaded'),
            ]}
          >
            {list.map((q) => (
              <tr key={q.id} className="border-b border-border align-top">
                <td className="py-2 pr-4">
                  <Link href={`/studio/questionnaires/${q.id}`} className="font-medium underline">
                    {q.company}
                  </Link>
                </td>
                <td className="py-2 pr-4">{q.fileName}</td>
                <td className="py-2 pr-4">{t(`status.${q.status}`)}</td>
                <td className="py-2 pr-4">
                  {q.processed
                    ? t('list.questionCount', { total: q.counts.total, high: q.counts.high })
                    : t('list.columnsToConfirm')}
                </td>
                <td className="py-2 pr-4">
                  {q.counts.accepted} / {q.counts.total}
                </td>
                <td className="py-2">
                  {formatDate(q.createdAt)} · {q.createdByLabel}
                </td>
              </tr>
            ))}
          </DataTable>
        ) : (
          <p className="text-fg-muted">{t('list.empty')}</p>
        )}
      </section>
    </div>
  );
}
