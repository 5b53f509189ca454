'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import {
  changeRoleAction,
  deactivateMemberAction,
  reactivateMemberAction,
  removeMemberAction,
  revokeMemberSessionsAction,
  transferOwnershipAction,
} from '@/app/(account)/account/users/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField } from '@/components/ui/select-field';
import type { RoleOptionDTO } from '@/lib/roles/dto';
import type { MemberDetailDTO } from '@/lib/users/dto';
import { ConfirmButton } from './confirm-button';
import { FormError } from './form-error';
import { RoleOptions } from './role-options';
import { useFormAction } from '@/components/ui/use-form-action';

type Notice = { tone: 'success' | 'error'; text: string } | null;

export function MemberActions({
  member,
  roles,
  organization,
  viewerIsOwner,
}: {
  member: MemberDetailDTO;
  roles: RoleOptionDTO[];
  organization: string;
  viewerIsOwner: boolean;
}) {
  const router = useRouter();
  const [notice, setNotice] = useState<Notice>(null);
  const role = useFormAction(changeRoleAction, {
    sudo: 'Giving someone administrator rights is a sensitive change.',
    onSuccess: (data) =>
      setNotice({
        tone: 'success',
        text: data.changed ? `${member.name} is now ${data.roleLabel}.` : `${member.name} already has that role.`,
      }),
  });
  const transfer = useFormAction(transferOwnershipAction, { sudo: 'Transferring ownership is a sensitive change.' });
  const roleErrors = role.state && !role.state.ok ? role.state.fieldErrors : undefined;
  const done = (text: string) => {
    setNotice({ tone: 'success', text });
    router.refresh();
    return null;
  };

  return (
    <div className="space-y-8">
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}

      <section aria-labelledby="role-heading" className="space-y-3">
        <h2 id="role-heading" className="text-xl font-semibold">
          Role
        </h2>
        <form {...role.formProps} className="flex max-w-xl flex-wrap items-end gap-3" noValidate>
          <input type="hidden" name="userId" value={member.userId} />
          <div className="min-w-56 flex-1">
            <SelectField
              label={`Role of ${member.name}`}
              name="role"
              defaultValue={member.roleRef}
              errors={roleErrors?.role}
            >
              <RoleOptions options={roles} />
            </SelectField>
          </div>
          <Button type="submit" disabled={role.pending}>
            {role.pending ? 'Saving…' : 'Change role'}
          </Button>
        </form>
        <FormError state={role.state} />
        {role.sudoDialog}
        <p className="text-sm text-fg-muted">
          The change applies to every session of {member.name} on their next click. Making someone an administrator asks
          for your password.
        </p>
      </section>

      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-xl font-semibold">
          Sessions
        </h2>
        <p className="text-sm">
          {member.activeSessions === 0
            ? `No active session in ${organization}.`
            : `${member.activeSessions === 1 ? '1 active session' : `${member.activeSessions} active sessions`} in ${organization}.`}
        </p>
        {member.activeSessions > 0 ? (
          <ConfirmButton
            label="Sign out everywhere"
            buttonLabel={`Sign ${member.name} out everywhere`}
            variant="secondary"
            title={`Sign ${member.name} out everywhere?`}
            body={`Every session of ${member.name} in ${organization} ends at once. They can sign in again.`}
            confirmLabel="Sign out everywhere"
            pendingLabel="Signing out…"
            onConfirm={async () => {
              const r = await revokeMemberSessionsAction(null, { userId: member.userId });
              return r.ok
                ? done(`${r.data.revoked === 1 ? '1 session' : `${r.data.revoked} sessions`} ended.`)
                : r.error;
            }}
          />
        ) : null}
      </section>

      <section aria-labelledby="access-heading" className="space-y-3">
        <h2 id="access-heading" className="text-xl font-semibold">
          Access
        </h2>
        {member.status === 'deactivated' ? (
          <>
            <p className="text-sm">
              {member.name} is deactivated: they cannot sign in to {organization}.
            </p>
            <Button
              onClick={async () => {
                const r = await reactivateMemberAction(null, { userId: member.userId });
                if (r.ok) done(`${member.name} can sign in again.`);
                else setNotice({ tone: 'error', text: r.error });
              }}
            >
              Reactivate
            </Button>
          </>
        ) : (
          <ConfirmButton
            label="Deactivate"
            buttonLabel={`Deactivate ${member.name}`}
            title={`Deactivate ${member.name}?`}
            body={`Their sessions end at once and they cannot sign in to ${organization} until reactivated. Nothing is deleted.`}
            confirmLabel="Deactivate"
            pendingLabel="Deactivating…"
            onConfirm={async () => {
              const r = await deactivateMemberAction(null, { userId: member.userId });
              return r.ok
                ? done(
                    `${member.name} is deactivated; ${r.data.sessionsEnded === 1 ? '1 session' : `${r.data.sessionsEnded} sessions`} ended.`,
                  )
                : r.error;
            }}
          />
        )}
      </section>

      {viewerIsOwner && !member.isOwner && !member.isYou && member.status === 'active' ? (
        <section aria-labelledby="owner-heading" className="space-y-3">
          <h2 id="owner-heading" className="text-xl font-semibold">
            Ownership
          </h2>
          <p className="text-sm">
            Make {member.name} the owner of {organization}. You become an Admin.
          </p>
          <ConfirmButton
            label="Transfer ownership"
            buttonLabel={`Transfer ownership to ${member.name}`}
            variant="secondary"
            title={`Make ${member.name} the owner?`}
            body={`${member.name} gets full control of ${organization}, including roles and ownership. You become an Admin. The administrators are told.`}
            confirmLabel="Transfer ownership"
            pendingLabel="Transferring…"
            onConfirm={async () => {
              const r = await transfer.run({ userId: member.userId });
              return r.ok ? done(`${member.name} is now the owner; you are an Admin.`) : r.error;
            }}
          />
          {transfer.sudoDialog}
        </section>
      ) : null}

      <section aria-labelledby="remove-heading" className="space-y-3">
        <h2 id="remove-heading" className="text-xl font-semibold">
          Remove from {organization}
        </h2>
        <p className="text-sm">
          Their access ends at once. If {organization} is their only organization, their account is deleted too.
        </p>
        <ConfirmButton
          label="Remove"
          buttonLabel={`Remove ${member.name} from ${organization}`}
          title={`Remove ${member.name}?`}
          body={`${member.name} loses access to ${organization} at once. This cannot be undone; you can invite them again.`}
          confirmLabel="Remove"
          pendingLabel="Removing…"
          onConfirm={async () => {
            const r = await removeMemberAction(null, { userId: member.userId });
            if (!r.ok) return r.error;
            router.push('/account/users');
            return null;
          }}
        />
      </section>
    </div>
  );
}
