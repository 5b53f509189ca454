'use client';

import Link from 'next/link';
import { useTranslations } from 'use-intl';
import { askQuestionAction } from '@/app/(trust)/ask/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormAction } from '@/components/ui/use-form-action';

/**
 * "Ask a security question": answered from the published public library and pages only. The answer shows
 * its short answer, full answer and source links; without one, it says so and offers the contact address.
 */
export function AskForm({ contactHref, contactLabel }: { contactHref: string; contactLabel: string }) {
  const t = useTranslations('ask.form');
  const { state, formProps, pending } = useFormAction(askQuestionAction);
  const contact = (chunks: React.ReactNode) => <a href={contactHref}>{chunks}</a>;
  const failed = state && !state.ok ? state : null;
  const result = state?.ok ? state.data : null;
  const typed = failed?.values?.question;
  return (
    <div className="space-y-6">
      <form {...formProps} noValidate className="space-y-3">
        <label htmlFor="ask-question" className="block font-semibold">
          {t('label')}
        </label>
        <textarea
          id="ask-question"
          name="question"
          rows={3}
          maxLength={500}
          defaultValue={typeof typed === 'string' ? typed : ''}
          placeholder={t('placeholder')}
          aria-invalid={failed?.fieldErrors?.question ? true : undefined}
          aria-describedby={failed?.fieldErrors?.question ? 'ask-question-error' : 'ask-question-hint'}
          className="block w-full rounded-md border border-border bg-bg px-3 py-2 text-fg"
        />
        {failed?.fieldErrors?.question ? (
          <p id="ask-question-error" className="text-sm text-danger">
            {failed.fieldErrors.question.join(' ')}
          </p>
        ) : (
          <p id="ask-question-hint" className="text-sm text-fg-muted">
            {t('hint')}
          </p>
        )}
        <Button type="submit" disabled={pending}>
          {pending ? t('submitting') : t('submit')}
        </Button>
      </form>
      {failed && !failed.fieldErrors ? <Alert tone="error">{failed.error}</Alert> : null}
      {result ? (
        <section aria-live="polite" aria-labelledby="ask-answer" className="space-y-4">
          {result.answer ? (
            <div className="rounded-md border border-border p-4">
              <h2 id="ask-answer" className="text-lg font-semibold">
                {result.answer.shortAnswer ? (
                  <span className="mr-2 rounded bg-bg-subtle px-2 py-0.5">
                    {t(`short.${result.answer.shortAnswer}`)}
                  </span>
                ) : null}
                {result.answer.question}
              </h2>
              <div className="mt-3 space-y-2 whitespace-pre-line">{result.answer.answer}</div>
              {result.answer.links.length ? (
                <p className="mt-3 text-sm">
                  {t('source')}{' '}
                  {result.answer.links.map((l, i) => (
                    <span key={l.href}>
                      {i ? ' · ' : null}
                      <Link href={l.href}>{l.label}</Link>
                    </span>
                  ))}
                </p>
              ) : null}
              {result.grade !== 'high' ? (
                <p className="mt-3 text-sm text-fg-muted">{t.rich('closest', { contact, contactLabel })}</p>
              ) : null}
            </div>
          ) : (
            <div className="rounded-md border border-border p-4">
              <h2 id="ask-answer" className="text-lg font-semibold">
                {t('noneHeading')}
              </h2>
              <p className="mt-2">{t.rich('none', { contact, contactLabel })}</p>
            </div>
          )}
          {result.related.length ? (
            <div>
              <h3 className="font-semibold">{t('related')}</h3>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {result.related.map((r) => (
                  <li key={r.id}>{r.links[0] ? <Link href={r.links[0].href}>{r.question}</Link> : r.question}</li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
