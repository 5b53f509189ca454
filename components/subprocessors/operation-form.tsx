'use client';

import { useEffect, useRef, useState } from 'react';
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

const LEGENDS: Record<OperationMode, string> = {
  add: 'New sub-processor',
  update: 'Change a sub-processor',
  remove: 'Remove a sub-processor',
};

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
      if (!selected) return setErrors({ slug: ['Choose the sub-processor.'] });
      if (mode === 'remove') return onAdd({ op: 'remove', slug: selected.slug });
    } else {
      const slug = ZRegisterSlugSchema.safeParse(draft.slug);
      if (!slug.success) found.slug = [slug.error.issues[0]!.message];
      else if (register.some((s) => s.slug === slug.data) || taken.has(slug.data))
        found.slug = ['This public id is already used; choose another.'];
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
    if (!Object.keys(changed).length)
      return setErrors({ legalName: ['Nothing differs from the register yet: edit at least one field.'] });
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
      <legend className="px-1 font-semibold">{LEGENDS[mode]}</legend>
      {hasErrors ? (
        <p role="alert" className="text-sm text-danger">
          Some fields need attention: see the messages next to them.
        </p>
      ) : null}
      {mode === 'add' ? (
        <>
          {field('legalName', 'Legal entity name')}
          <Field
            id="op-slug"
            label="Public id"
            name="slug"
            value={draft.slug}
            errors={errors.slug}
            hint="Stable id in the JSON export and URLs, e.g. nimbus-cloud."
            onChange={(e) => {
              setSlugEdited(true);
              set('slug', e.target.value);
            }}
          />
        </>
      ) : (
        <SelectField
          id="op-subprocessor"
          label="Sub-processor"
          name="subprocessor"
          value={draft.slug}
          errors={errors.slug}
          onChange={(e) => {
            const s = register.find((r) => r.slug === e.target.value);
            setErrors({});
            setDraft(s ? draftOf(s) : EMPTY);
          }}
        >
          <option value="">Choose…</option>
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
            Last day in use: <strong>{formatDate(addDays(effectiveDate, -1))}</strong> (the day before the effective
            date).
          </p>
        ) : null
      ) : mode === 'add' || selected ? (
        <>
          {mode === 'update' ? field('legalName', 'Legal entity name') : null}
          {field('purpose', 'Purpose')}
          {field('dataCategories', 'Data categories', 'Separated by commas, e.g. Account data, Message content.')}
          {field('dataSubjects', 'Data subjects', 'Separated by commas, e.g. Customer users, Message recipients.')}
          {field('locations', 'Processing locations', 'Two-letter country codes separated by commas, e.g. DE, IE, US.')}
          <SelectField
            id="op-transferMechanism"
            label="Transfer mechanism"
            name="transferMechanism"
            value={draft.transferMechanism}
            errors={errors.transferMechanism}
            onChange={(e) => set('transferMechanism', e.target.value)}
          >
            <option value="">Choose…</option>
            {Object.entries(TRANSFER_MECHANISM_LABELS).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </SelectField>
          {draft.transferMechanism === 'SCC_2021' ? (
            <SelectField
              id="op-sccModule"
              label="SCC module"
              name="sccModule"
              value={draft.sccModule}
              errors={errors.sccModule}
              onChange={(e) => set('sccModule', e.target.value)}
            >
              <option value="">Choose…</option>
              {Object.entries(SCC_MODULE_LABELS).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </SelectField>
          ) : errors.sccModule ? (
            <p className="text-sm text-danger">{errors.sccModule[0]}</p>
          ) : null}
          {field('website', 'Website', undefined, 'url')}
          {field('privacyUrl', 'DPA or privacy link', undefined, 'url')}
        </>
      ) : null}
      <div className="flex gap-3">
        <Button onClick={submit}>Add to change</Button>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </fieldset>
  );
}
