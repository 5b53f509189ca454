import Link from 'next/link';
import { AnswerEntryForm } from '@/components/answers/answer-entry-form';
import { getAskedQuestion } from '@/lib/answers/library/asked-questions';
import { listAnswerOwners } from '@/lib/answers/library/get-answer-entry';
import { defaultReviewBy } from '@/lib/answers/library/entries';
import { requirePermission } from '@/lib/dal';
import { consoleTitle, getConsoleTranslator } from '@/lib/i18n/console';
import { isUuid, queryInput, type SearchParams } from '@/lib/validation/input';

export const generateMetadata = consoleTitle('studio.answers', 'new.title');

export default async function NewAnswerPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requirePermission('content:edit');
  const t = await getConsoleTranslator('studio.answers');
  const { asked: askedId } = queryInput(await searchParams);
  const asked = askedId && isUuid(askedId) ? await getAskedQuestion(ctx, { askedId }) : null;
  const owners = await listAnswerOwners(ctx);
  const reviewBy = defaultReviewBy();
  return (
    <div className="space-y-6">
      <p>
        <Link href="/studio/answers">{t('back')}</Link>
      </p>
      <h1 className="text-3xl font-bold">{t('new.title')}</h1>
      {asked ? <p className="text-fg-muted">{t('new.fromAsked', { count: asked.count })}</p> : null}
      <AnswerEntryForm
        owners={owners}
        initial={{
          entryId: null,
          askedId: asked?.id ?? null,
          question: asked?.text ?? '',
          alternatives: [],
          shortAnswer: 'yes',
          answer: '',
          evidence: [],
          visibility: 'public',
          ownerId: null,
          reviewBy,
        }}
      />
    </div>
  );
}
