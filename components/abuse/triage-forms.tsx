'use client';

import { assignAction, noteAction, replyAction, statusAction } from '@/app/(studio)/studio/abuse/actions';
import { TextAreaField } from '@/components/ui/text-area-field';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import { useFormAction } from '@/components/ui/use-form-action';
import { ABUSE_STATUS_LABELS, ABUSE_STATUS_MOVES } from '@/lib/abuse/statuses';
import type { ActionResult } from '@/lib/errors';
import type { TAbuseStatus } from '@/lib/validation/abuse';

function Outcome({ state, done }: { state: ActionResult<unknown> | null; done: string }) {
  if (!state) return null;
  if (state.ok) return <Alert tone="success">{done}</Alert>;
  return <Alert tone="error">{state.fieldErrors ? 'Please check the field marked below.' : state.error}</Alert>;
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
  const assign = useFormAction(assignAction);
  const mine = assignees.find((a) => a.id === me);
  return (
    <form {...assign.formProps} className="space-y-3" noValidate>
      <Outcome state={assign.state} done="Assignee saved." />
      <input type="hidden" name="reportId" value={reportId} />
      <SelectField
        id="assignee"
        key={current ?? 'nobody'}
        label="Assignee"
        name="assignee"
        defaultValue={current === null ? '' : current === me ? 'me' : current}
        errors={errorsOf(assign.state).assignee}
      >
        <option value="">Nobody</option>
        <option value="me">Me{mine ? ` (${mine.label})` : ''}</option>
        {assignees
          .filter((a) => a.id !== me)
          .map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
      </SelectField>
      <Button type="submit" variant="secondary" disabled={assign.pending}>
        Assign
      </Button>
    </form>
  );
}

export function StatusForm({ reportId, status }: { reportId: string; status: TAbuseStatus }) {
  const change = useFormAction(statusAction, { onSuccess: (_d, form) => form.reset() });
  const moves = ABUSE_STATUS_MOVES[status];
  const errors = errorsOf(change.state);
  return (
    <form {...change.formProps} className="space-y-3" noValidate>
      <Outcome state={change.state} done="Status changed." />
      <input type="hidden" name="reportId" value={reportId} />
      <SelectField
        id="status"
        label="Status"
        name="status"
        key={status}
        defaultValue={moves[0]}
        errors={errors.status}
        hint={`Now: ${ABUSE_STATUS_LABELS[status]}.`}
      >
        {moves.map((s) => (
          <option key={s} value={s}>
            {ABUSE_STATUS_LABELS[s]}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        id="status-note"
        label="Note about the change (optional)"
        name="note"
        rows={2}
        errors={errors.note}
      />
      <Button type="submit" disabled={change.pending}>
        Change status
      </Button>
    </form>
  );
}

export function NoteForm({ reportId }: { reportId: string }) {
  const note = useFormAction(noteAction, { onSuccess: (_d, form) => form.reset() });
  return (
    <form {...note.formProps} className="space-y-3" noValidate>
      <Outcome state={note.state} done="Note added." />
      <input type="hidden" name="reportId" value={reportId} />
      <TextAreaField
        id="note"
        label="Internal note"
        name="body"
        hint="Only staff see notes; the reporter never does."
        errors={errorsOf(note.state).body}
      />
      <Button type="submit" variant="secondary" disabled={note.pending}>
        Add note
      </Button>
    </form>
  );
}

export function ReplyForm({ reportId, reporterEmail }: { reportId: string; reporterEmail: string | null }) {
  const reply = useFormAction(replyAction, { onSuccess: (_d, form) => form.reset() });
  const hint = reporterEmail
    ? `Sent by email to ${reporterEmail}, quoting the report's reference. Kept in the history below.`
    : 'The reporter left no email address, so there is no one to reply to.';
  return (
    <form {...reply.formProps} className="space-y-3" noValidate>
      <Outcome state={reply.state} done="Reply sent." />
      <input type="hidden" name="reportId" value={reportId} />
      <TextAreaField
        id="reply"
        label="Reply to reporter"
        name="body"
        hint={hint}
        disabled={!reporterEmail}
        errors={errorsOf(reply.state).body}
      />
      <Button type="submit" disabled={!reporterEmail || reply.pending}>
        Send reply
      </Button>
    </form>
  );
}
