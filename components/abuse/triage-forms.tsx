'use client';

import { assignAction, noteAction, replyAction, statusAction } from '@/app/(studio)/studio/abuse/actions';
import { TextAreaField } from '@/components/ui/text-area-field';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { useFormAction } from '@/components/ui/use-form-action';
import { ABUSE_STATUS_MOVES } from '@/lib/abuse/statuses';
import { useTranslations } from 'use-intl';
import type { ActionResult } from '@/lib/errors';
import type { TAbuseStatus } from '@/lib/validation/abuse';

function Outcome({ state, done }: { state: ActionResult<unknown> | null; done: string }) {
  const t = useTranslations('studio.abuse.forms');
  if (!state) return null;
  if (state.ok) return <Alert tone="success">{done}</Alert>;
  return <Alert tone="error">{state.fieldErrors ? t('checkField') : state.error}</Alert>;
}

const errorsOf = (state: ActionResult<unknown> | null) => (state && !state.ok ? (state.fieldErrors ?? {}) : {});

export function AssignForm({
  reportId,
  current,
  me,
  assignees,
}: {
  reportId: string;
  current: string | null;
  me: string;
  assignees: { id: string; label: string }[];
}) {
  const t = useTranslations('studio.abuse.forms');
  const assign = useFormAction(assignAction);
  const mine = assignees.find((a) => a.id === me);
  return (
    <form {...assign.formProps} className="space-y-3" noValidate>
      <Outcome state={assign.state} done={t('assigneeSaved')} />
      <input type="hidden" name="reportId" value={reportId} />
      <SelectField
        id="assignee"
        key={current ?? 'nobody'}
        label={t('assignee')}
        name="assignee"
        defaultValue={current === null ? '' : current === me ? 'me' : current}
        errors={errorsOf(assign.state).assignee}
      >
        <option value="">{t('nobody')}</option>
        <option value="me">{mine ? t('meNamed', { label: mine.label }) : t('me')}</option>
        {assignees
          .filter((a) => a.id !== me)
          .map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
      </SelectField>
      <Button type="submit" variant="secondary" disabled={assign.pending}>
        {t('assign')}
      </Button>
    </form>
  );
}

export function StatusForm({ reportId, status }: { reportId: string; status: TAbuseStatus }) {
  const t = useTranslations('studio.abuse');
  const change = useFormAction(statusAction, { onSuccess: (_d, form) => form.reset() });
  const moves = ABUSE_STATUS_MOVES[status];
  const errors = errorsOf(change.state);
  return (
    <form {...change.formProps} className="space-y-3" noValidate>
      <Outcome state={change.state} done={t('forms.statusChanged')} />
      <input type="hidden" name="reportId" value={reportId} />
      <SelectField
        id="status"
        label={t('statusLabel')}
        name="status"
        key={status}
        defaultValue={moves[0]}
        errors={errors.status}
        hint={t('forms.now', { status: t(`status.${status}`) })}
      >
        {moves.map((s) => (
          <option key={s} value={s}>
            {t(`status.${s}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField id="status-note" label={t('forms.statusNote')} name="note" rows={2} errors={errors.note} />
      <Button type="submit" disabled={change.pending}>
        {t('forms.changeStatus')}
      </Button>
    </form>
  );
}

export function NoteForm({ reportId }: { reportId: string }) {
  const t = useTranslations('studio.abuse.forms');
  const note = useFormAction(noteAction, { onSuccess: (_d, form) => form.reset() });
  return (
    <form {...note.formProps} className="space-y-3" noValidate>
      <Outcome state={note.state} done={t('noteAdded')} />
      <input type="hidden" name="reportId" value={reportId} />
      <TextAreaField id="note" label={t('note')} name="body" hint={t('noteHint')} errors={errorsOf(note.state).body} />
      <Button type="submit" variant="secondary" disabled={note.pending}>
        {t('addNote')}
      </Button>
    </form>
  );
}

export function ReplyForm({ reportId, reporterEmail }: { reportId: string; reporterEmail: string | null }) {
  const t = useTranslations('studio.abuse.forms');
  const reply = useFormAction(replyAction, { onSuccess: (_d, form) => form.reset() });
  const hint = reporterEmail ? t('replyHint', { email: reporterEmail }) : t('noReporterEmail');
  return (
    <form {...reply.formProps} className="space-y-3" noValidate>
      <Outcome state={reply.state} done={t('replySent')} />
      <input type="hidden" name="reportId" value={reportId} />
      <TextAreaField
        id="reply"
        label={t('reply')}
        name="body"
        hint={hint}
        disabled={!reporterEmail}
        errors={errorsOf(reply.state).body}
      />
      <Button type="submit" disabled={!reporterEmail || reply.pending}>
        {t('sendReply')}
      </Button>
    </form>
  );
}
