'use client';

import type { ReactNode } from 'react';
import { useRouter } from 'next/navigation';
import { useTranslations } from 'use-intl';
import {
  createPageAction,
  deletePageAction,
  movePageAction,
  renamePageAction,
} from '@/app/(studio)/studio/pages/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Field } from '@/components/ui/field';
import { Modal } from '@/components/ui/modal';
import { SelectField } from '@/components/ui/select-field';
import type { ActionResult } from '@/lib/errors';
import { useFormAction } from '@/components/ui/use-form-action';
import type { StudioPageSummary } from '@/lib/studio/dto';

type Section = { key: string; title: string };
type Errors = { message: string; fields?: Record<string, string[]> } | null;

/**
 * A modal form through the one form hook: posts the form's fields (and `hidden` ones, such as the page
 * id), shows the server's refusal in place, and hands the result to onSuccess.
 */
function FormDialog<T, V>(props: {
  title: string;
  description?: ReactNode;
  submitLabel: string;
  pendingLabel: string;
  onClose: () => void;
  action: (prev: unknown, input: FormData | V) => Promise<ActionResult<T>>;
  hidden?: Record<string, string>;
  onSuccess: (data: T) => void;
  children: (errors: Errors) => ReactNode;
}) {
  const {
    state,
    pending: busy,
    formProps,
  } = useFormAction(props.action, {
    onSuccess: (data) => props.onSuccess(data as T),
  });
  const errors: Errors = state && !state.ok ? { message: state.error, fields: state.fieldErrors } : null;
  const t = useTranslations('studio.tree.dialogs');
  return (
    <Modal title={props.title} description={props.description} onClose={props.onClose} wide>
      <form {...formProps} method="post" noValidate className="space-y-4">
        {Object.entries(props.hidden ?? {}).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {errors ? <Alert tone="error">{errors.message}</Alert> : null}
        {props.children(errors)}
        <div className="flex flex-wrap justify-end gap-3">
          <Button variant="secondary" onClick={props.onClose}>
            {t('cancel')}
          </Button>
          <Button type="submit" disabled={busy}>
            {busy ? props.pendingLabel : props.submitLabel}
          </Button>
        </div>
      </form>
    </Modal>
  );
}

export function NewPageDialog({ sections, onClose }: { sections: Section[]; onClose: () => void }) {
  const router = useRouter();
  const t = useTranslations('studio.tree.dialogs.newPage');
  return (
    <FormDialog
      title={t('title')}
      description={t('description')}
      submitLabel={t('submit')}
      pendingLabel={t('pending')}
      onClose={onClose}
      action={createPageAction}
      onSuccess={(data) => router.push(`/studio/pages/${data.id}`)}
    >
      {(errors) => (
        <>
          <SelectField label={t('section')} name="section" defaultValue="" errors={errors?.fields?.section}>
            <option value="" disabled>
              {t('chooseSection')}
            </option>
            {sections.map((s) => (
              <option key={s.key} value={s.key}>
                {s.title}
              </option>
            ))}
          </SelectField>
          <Field
            label={t('slug')}
            name="slug"
            autoComplete="off"
            maxLength={60}
            hint={t('slugHint')}
            errors={errors?.fields?.slug}
          />
          <Field
            label={t('pageTitle')}
            name="title"
            autoComplete="off"
            maxLength={120}
            errors={errors?.fields?.title}
          />
          <Field
            label={t('pageDescription')}
            name="description"
            autoComplete="off"
            maxLength={160}
            hint={t('descriptionHint')}
            errors={errors?.fields?.description}
          />
        </>
      )}
    </FormDialog>
  );
}

export function RenamePageDialog({
  page,
  onClose,
  onDone,
}: {
  page: StudioPageSummary;
  onClose: () => void;
  onDone: (notice: string) => void;
}) {
  const router = useRouter();
  const t = useTranslations('studio.tree.dialogs.rename');
  return (
    <FormDialog
      title={t('title', { title: page.title })}
      description={t('description', { route: page.route })}
      submitLabel={t('submit')}
      pendingLabel={t('pending')}
      onClose={onClose}
      action={renamePageAction}
      hidden={{ pageId: page.id }}
      onSuccess={() => {
        onDone(t('done', { title: page.title }));
        onClose();
        router.refresh();
      }}
    >
      {(errors) => (
        <Field
          label={t('slug')}
          name="slug"
          defaultValue={page.slug}
          autoComplete="off"
          maxLength={60}
          hint={t('slugHint')}
          errors={errors?.fields?.slug}
        />
      )}
    </FormDialog>
  );
}

export function MovePageDialog({
  page,
  sections,
  onClose,
  onDone,
}: {
  page: StudioPageSummary;
  sections: Section[];
  onClose: () => void;
  onDone: (notice: string) => void;
}) {
  const router = useRouter();
  const t = useTranslations('studio.tree.dialogs.move');
  return (
    <FormDialog
      title={t('title', { title: page.title })}
      description={t('description')}
      submitLabel={t('submit')}
      pendingLabel={t('pending')}
      onClose={onClose}
      action={movePageAction}
      hidden={{ pageId: page.id }}
      onSuccess={() => {
        onDone(t('done', { title: page.title }));
        onClose();
        router.refresh();
      }}
    >
      {(errors) => (
        <SelectField label={t('section')} name="section" defaultValue={page.section} errors={errors?.fields?.section}>
          {sections.map((s) => (
            <option key={s.key} value={s.key}>
              {s.title}
            </option>
          ))}
        </SelectField>
      )}
    </FormDialog>
  );
}

export function DeletePageDialog({
  page,
  onClose,
  onDone,
}: {
  page: StudioPageSummary;
  onClose: () => void;
  onDone: (notice: string) => void;
}) {
  const router = useRouter();
  const t = useTranslations('studio.tree.dialogs.delete');
  return (
    <ConfirmDialog
      title={t('title', { title: page.title })}
      body={t.rich('body', { route: page.route, strong: (chunks) => <strong>{chunks}</strong> })}
      confirmLabel={t('confirm')}
      pendingLabel={t('pending')}
      onClose={onClose}
      onConfirm={async () => {
        const result = await deletePageAction(null, { pageId: page.id });
        if (!result.ok) return result.error;
        onDone(t('done', { title: page.title }));
        router.refresh();
        return null;
      }}
    />
  );
}
