'use client';

import { saveAnswerEntryAction } from '@/app/(studio)/studio/answers/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { TextAreaField } from '@/components/ui/text-area-field';
import { useFormAction } from '@/components/ui/use-form-action';
import { useTranslations } from 'use-intl';
import { SHORT_ANSWER_LABELS, VISIBILITY_LABELS } from '@/lib/answers/library/labels';

export interface AnswerFormValues {
  entryId: string | null;
  askedId?: string | null;
  question: string;
  alternatives: string[];
  shortAnswer: string;
  answer: string;
  evidence: { label: string; href: string }[];
  visibility: string;
  ownerId: string | null;
  reviewBy: string;
}

const asText = (v: unknown) => (Array.isArray(v) ? v.join('\n') : typeof v === 'string' ? v : '');

/** The entry editor: every field of a revision; saving makes (or updates) the entry's draft. Works without JavaScript. */
export function AnswerEntryForm({
  initial,
  owners,
}: {
  initial: AnswerFormValues;
  owners: { id: string; name: string }[];
}) {
  const t = useTranslations('studio.answers');
  const { state, formProps, pending } = useFormAction(saveAnswerEntryAction);
  const failed = state && !state.ok ? state : null;
  const v = (failed?.values ?? {}) as Record<string, unknown>;
  const errors = failed?.fieldErrors ?? {};
  const value = (k: string, fallback: string) => (k in v ? asText(v[k]) : fallback);
  return (
    <form {...formProps} noValidate className="max-w-3xl space-y-4">
      {failed ? <Alert tone="error">{failed.error}</Alert> : null}
      <input type="hidden" name="entryId" value={initial.entryId ?? ''} />
      {initial.askedId ? <input type="hidden" name="askedId" value={initial.askedId} /> : null}
      {initial.askedId ? <input type="hidden" name="origin" value="queue" /> : null}
      <Field
        id="answer-question"
        label={t('question')}
        name="question"
        defaultValue={value('question', initial.question)}
        errors={errors.question}
        hint={t('form.questionHint')}
      />
      <TextAreaField
        id="answer-alternatives"
        label={t('form.alternatives')}
        name="alternatives"
        rows={3}
        defaultValue={value('alternatives', initial.alternatives.join('\n'))}
        errors={errors.alternatives}
        hint={t('form.alternativesHint')}
      />
      <SelectField
        id="answer-short"
        label={t('list.shortAnswer')}
        name="shortAnswer"
        defaultValue={value('shortAnswer', initial.shortAnswer)}
        errors={errors.shortAnswer}
      >
        {Object.keys(SHORT_ANSWER_LABELS).map((k) => (
          <option key={k} value={k}>
            {t(`shortAnswer.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id="answer-full"
        label={t('form.answer')}
        name="answer"
        rows={8}
        defaultValue={value('answer', initial.answer)}
        errors={errors.answer}
      />
      <TextAreaField
        id="answer-evidence"
        label={t('form.evidence')}
        name="evidence"
        rows={3}
        defaultValue={value('evidence', initial.evidence.map((e) => `${e.label} | ${e.href}`).join('\n'))}
        errors={errors.evidence}
        hint={t('form.evidenceHint')}
      />
      <SelectField
        id="answer-visibility"
        label={t('form.visibility')}
        name="visibility"
        defaultValue={value('visibility', initial.visibility)}
        errors={errors.visibility}
        hint={t('form.visibilityHint')}
      >
        {Object.keys(VISIBILITY_LABELS).map((k) => (
          <option key={k} value={k}>
            {t(`visibilityLabel.${k}`)}
          </option>
        ))}
      </SelectField>
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          id="answer-owner"
          label={t('list.owner')}
          name="ownerId"
          defaultValue={value('ownerId', initial.ownerId ?? '')}
          errors={errors.ownerId}
        >
          <option value="">{t('form.me')}</option>
          {owners.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
        <Field
          id="answer-review-by"
          label={t('list.reviewBy')}
          name="reviewBy"
          type="date"
          defaultValue={value('reviewBy', initial.reviewBy)}
          errors={errors.reviewBy}
        />
      </div>
      <Field
        id="answer-message"
        label={t('form.message')}
        name="message"
        defaultValue={value('message', '')}
        errors={errors.message}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t('form.saving') : t('form.save')}
      </Button>
    </form>
  );
}
