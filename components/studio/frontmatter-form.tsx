'use client';

// Title, Description, Owner and Last reviewed as form fields, read from and written to the source's
// frontmatter block, so the form and the editor never disagree.
import { useTranslations } from 'use-intl';
import { Field } from '@/components/ui/field';
import { hasFrontmatter, readFormFields, writeFormField, type FormField } from './frontmatter-fields';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function FrontmatterForm({
  source,
  onSourceChange,
}: {
  source: string;
  onSourceChange: (next: string) => void;
}) {
  const t = useTranslations('studio.editor.fields');
  if (!hasFrontmatter(source)) return <p className="text-sm text-fg-muted">{t('noFrontmatter')}</p>;
  const values = readFormFields(source);
  const set = (field: FormField) => (event: React.ChangeEvent<HTMLInputElement>) =>
    onSourceChange(writeFormField(source, field, event.target.value));
  return (
    <fieldset className="grid gap-3 md:grid-cols-4">
      <legend className="sr-only">{t('legend')}</legend>
      <div className="md:col-span-2">
        <Field
          label={t('title')}
          name="fm-title"
          value={values.title}
          onChange={set('title')}
          maxLength={120}
          autoComplete="off"
        />
      </div>
      <Field
        label={t('owner')}
        name="fm-owner"
        value={values.owner}
        onChange={set('owner')}
        maxLength={80}
        autoComplete="off"
      />
      <Field
        label={t('lastReviewed')}
        name="fm-lastReviewed"
        type="date"
        value={DATE.test(values.lastReviewed) ? values.lastReviewed : ''}
        onChange={set('lastReviewed')}
      />
      <div className="md:col-span-4">
        <Field
          label={t('description')}
          name="fm-description"
          value={values.description}
          onChange={set('description')}
          maxLength={200}
          autoComplete="off"
          hint={t('descriptionHint', { length: values.description.length })}
        />
      </div>
    </fieldset>
  );
}
