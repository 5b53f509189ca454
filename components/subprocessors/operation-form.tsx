'use client';

import { useEffect, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { addDays, fieldsOf } from '@/lib/subprocessors/diff';
import type { SubprocessorSnapshot } from '@/lib/subprocessors/types';
import { formatDate } from '@/lib/ui/format';
import { fieldErrorsFrom } from '@/lib/validation/action-input';
import {
  SCC_MODULE_LABELS,
  TRANSFER_MECHANISM_LABELS,
  ZRegisterSlugSchema,
  ZSubprocessorFieldsSchema,
  type TRegisterOperation,
  type TSubprocessorFields,
} from '@/lib/validation/subprocessors';

export type OperationMode = 'add' | 'update' | 'remove';

type Draft = Record<
  | 'slug'
  | 'legalName'
  | 'purpose'
  | 'dataCategories'
  | 'dataSubjects'
  | 'locations'
  | 'transferMechanism'
  | 'sccModule'
  | 'website'
  | 'privacyUrl',
  string
>;

const EMPTY: Draft = {
  slug: '',
  legalName: '',
  purpose: '',
  dataCategories: '',
  dataSubjects: '',
  locations: '',
  transferMechanism: '',
  sccModule: '',
  website: '',
  privacyUrl: '',
};

const draftOf = (s: SubprocessorSnapshot): Draft => ({
  slug: s.slug,
  legalName: s.legalName,
  purpose: s.purpose,
  dataCategories: s.dataCategories.join(', '),
  dataSubjects: s.dataSubjects.join(', '),
  locations: s.locations.join(', '),
  transferMechanism: s.transferMechanism,
  sccModule: s.sccModule ? String(s.sccModule) : '',
  website: s.website,
  privacyUrl: s.privacyUrl,
});

/** "Nimbus Cloud Services Ireland Ltd." → "nimbus-cloud-services-ireland-ltd" (editable). */
const slugify = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);

/** The form of one operation; validated here with the server's schema before it joins the change. */
export function OperationForm({
  mode,
  register,
  taken,
  effectiveDate,
  onAdd,
  onCancel,
}: {
  mode: OperationMode;
  /** The register on the effective date (what can be changed or removed). */
  register: SubprocessorSnapshot[];
  /** Slugs already in this change. */
  taken: Set<string>;
  effectiveDate: string;
  onAdd: (op: TRegisterOperation) => void;
  onCancel: () => void;
}) {
  const t = useTranslations('studio.subprocessors');
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [slugEdited, setSlugEdited] = useState(false);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  // The button that opened the form is gone: keyboard users start in its first field.
  useEffect(() => fieldsetRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus(), []);
  const choices = register.filter((s) => !taken.has(s.slug));
  const selected = mode === 'add' ? null : (register.find((s) => s.slug === draft.slug) ?? null);

  const set = (key: keyof Draft, value: string) =>
    setDraft((d) => ({
      ...d,
      [key]: value,
      ...(key === 'legalName' && mode === 'add' && !slugEdited ? { slug: slugify(value) } : {}),
      // A module belongs to SCCs only: switching away drops it.
      ...(key === 'transferMechanism' && value !== 'SCC_2021' ? { sccModule: '' } : {}),
    }));

  function submit() {
    const found: Record<string, string[]> = {};
    if (mode !== 'add') {
      if (!selected) return setErrors({ slug: [t('operation.chooseError')] });
      if (mode === 'remove') return onAdd({ op: 'remove', slug: selected.slug });
    } else {
      const slug = ZRegisterSlugSchema.safeParse(draft.slug);
      if (!slug.success) found.slug = [slug.error.issues[0]!.message];
      else if (register.some((s) => s.slug === slug.data) || taken.has(slug.data))
        found.slug = [t('operation.slugTaken')];
    }
    const { slug: _slug, ...raw } = draft;
    const parsed = ZSubprocessorFieldsSchema.safeParse(raw);
    if (!parsed.success) Object.assign(found, fieldErrorsFrom(parsed.error, { fallback: 'legalName' }));
    if (Object.keys(found).length || !parsed.success) return setErrors(found);
    if (mode === 'add') return onAdd({ op: 'add', slug: draft.slug, fields: parsed.data });
    const before = fieldsOf(selected!);
    const changed = Object.fromEntries(
      (Object.keys(before) as (keyof TSubprocessorFields)[])
        .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(parsed.data[k]))
        .map((k) => [k, parsed.data[k]]),
    );
    if (!Object.keys(changed).length) return setErrors({ legalName: [t('operation.nothingDiffers')] });
    onAdd({ op: 'update', slug: selected!.slug, fields: changed });
  }

  const field = (key: keyof Draft, label: string, hint?: string, type = 'text') => (
    <Field
      id={`op-${key}`}
      label={label}
      name={key}
      type={type}
      value={draft[key]}
      hint={hint}
      errors={errors[key]}
      onChange={(e) => set(key, e.target.value)}
    />
  );
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <fieldset ref={fieldsetRef} className="space-y-4 rounded-md border border-border p-4">
      <legend className="px-1 font-semibold">{t(`editor.legend.${mode}`)}</legend>
      {hasErrors ? (
        <p role="alert" className="text-sm text-danger">
          {t('operation.checkFields')}
        </p>
      ) : null}
      {mode === 'add' ? (
        <>
          {field('legalName', t('field.legalName'))}
          <Field
            id="op-slug"
            label={t('operation.slug')}
            name="slug"
            value={draft.slug}
            errors={errors.slug}
            hint={t('operation.slugHint')}
            onChange={(e) => {
              setSlugEdited(true);
              set('slug', e.target.value);
            }}
          />
        </>
      ) : (
        <SelectField
          id="op-subprocessor"
          label={t('list.subprocessor')}
          name="subprocessor"
          value={draft.slug}
          errors={errors.slug}
          onChange={(e) => {
            const s = register.find((r) => r.slug === e.target.value);
            setErrors({});
            setDraft(s ? draftOf(s) : EMPTY);
          }}
        >
          <option value="">{t('operation.choose')}</option>
          {choices.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.legalName}
            </option>
          ))}
        </SelectField>
      )}
      {mode === 'remove' ? (
        selected ? (
          <p className="text-sm">
            {t.rich('operation.lastDay', {
              date: formatDate(addDays(effectiveDate, -1)),
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
        ) : null
      ) : mode === 'add' || selected ? (
        <>
          {mode === 'update' ? field('legalName', t('field.legalName')) : null}
          {field('purpose', t('field.purpose'))}
          {field('dataCategories', t('field.dataCategories'), t('operation.categoriesHint'))}
          {field('dataSubjects', t('field.dataSubjects'), t('operation.subjectsHint'))}
          {field('locations', t('field.locations'), t('operation.locationsHint'))}
          <SelectField
            id="op-transferMechanism"
            label={t('field.transferMechanism')}
            name="transferMechanism"
            value={draft.transferMechanism}
            errors={errors.transferMechanism}
            onChange={(e) => set('transferMechanism', e.target.value)}
          >
            <option value="">{t('operation.choose')}</option>
            {Object.entries(TRANSFER_MECHANISM_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </SelectField>
          {draft.transferMechanism === 'SCC_2021' ? (
            <SelectField
              id="op-sccModule"
              label={t('field.sccModule')}
              name="sccModule"
              value={draft.sccModule}
              errors={errors.sccModule}
              onChange={(e) => set('sccModule', e.target.value)}
            >
              <option value="">{t('operation.choose')}</option>
              {Object.entries(SCC_MODULE_LABELS).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </SelectField>
          ) : errors.sccModule ? (
            <p className="text-sm text-danger">{errors.sccModule[0]}</p>
          ) : null}
          {field('website', t('field.website'), undefined, 'url')}
          {field('privacyUrl', t('field.privacyUrl'), undefined, 'url')}
        </>
      ) : null}
      <div className="flex gap-3">
        <Button onClick={submit}>{t('operation.add')}</Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('operation.cancel')}
        </Button>
      </div>
    </fieldset>
  );
}
