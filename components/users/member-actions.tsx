'use client';

import { useTranslations } from 'use-intl';
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
  const t = useTranslations('account.users.memberActions');
  const router = useRouter();
  const [notice, setNotice] = useState<Notice>(null);
  const role = useFormAction(changeRoleAction, {
    sudo: t('givingSomeoneAdministratorRights'),
    onSuccess: (data) =>
      setNotice({
        tone: 'success',
        text: data.changed
          ? t('isNow', { name: member.name, roleLabel: data.roleLabel })
          : t('alreadyHasThatRole', { name: member.name }),
      }),
  });
  const transfer = useFormAction(transferOwnershipAction, { sudo: t('transferringOwnershipIsA') });
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
          {t('role')}
        </h2>
        <form {...role.formProps} className="flex max-w-xl flex-wrap items-end gap-3" noValidate>
          <input type="hidden" name="userId" value={member.userId} />
          <div className="min-w-56 flex-1">
            <SelectField
              label={t('roleOf', { name: member.name })}
              name="role"
              defaultValue={member.roleRef}
              errors={roleErrors?.role}
            >
              <RoleOptions options={roles} />
            </SelectField>
          </div>
          <Button type="submit" disabled={role.pending}>
            {role.pending ? t('saving') : t('changeRole')}
          </Button>
        </form>
        <FormError state={role.state} />
        {role.sudoDialog}
        <p className="text-sm text-fg-muted">{t('theChangeAppliesTo', { name: member.name })}</p>
      </section>

      <section aria-labelledby="sessions-heading" className="space-y-3">
        <h2 id="sessions-heading" className="text-xl font-semibold">
          {t('sessions')}
        </h2>
        <p className="text-sm">
          {member.activeSessions === 0
            ? t('noActiveSessionIn', { organization: organization })
            : t('activeSessionsIn', { activeSessions: member.activeSessions, organization })}
        </p>
        {member.activeSessions > 0 ? (
          <ConfirmButton
            label={t('signOutEverywhere')}
            buttonLabel={t('signOutEverywhere2', { name: member.name })}
            variant="secondary"
            title={t('signOutEverywhere3', { name: member.name })}
            body={t('everySessionOfIn', { name: member.name, organization: organization })}
            confirmLabel={t('signOutEverywhere')}
            pendingLabel={t('signingOut')}
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
          {t('access')}
        </h2>
        {member.status === 'deactivated' ? (
          <>
            <p className="text-sm">{t('isDeactivatedTheyCannot', { name: member.name, organization: organization })}</p>
            <Button
              onClick={async () => {
                const r = await reactivateMemberAction(null, { userId: member.userId });
                if (r.ok) done(t('canSignInAgain', { name: member.name }));
                else setNotice({ tone: 'error', text: r.error });
              }}
            >
              {t('reactivate')}
            </Button>
          </>
        ) : (
          <ConfirmButton
            label={t('deactivate')}
            buttonLabel={`Deactivate ${member.name}`}
            title={`Deactivate ${member.name}?`}
            body={t('theirSessionsEndAt', { organization: organization })}
            confirmLabel={t('deactivate')}
            pendingLabel={t('deactivating')}
            onConfirm={async () => {
              const r = await deactivateMemberAction(null, { userId: member.userId });
              return r.ok
                ? done(t('deactivatedSessionsEnded', { name: member.name, sessionsEnded: r.data.sessionsEnded }))
                : r.error;
            }}
          />
        )}
      </section>

      {viewerIsOwner && !member.isOwner && !member.isYou && member.status === 'active' ? (
        <section aria-labelledby="owner-heading" className="space-y-3">
          <h2 id="owner-heading" className="text-xl font-semibold">
            {t('ownership')}
          </h2>
          <p className="text-sm">{t('makeTheOwnerOf', { name: member.name, organization: organization })}</p>
          <ConfirmButton
            label={t('transferOwnership')}
            buttonLabel={t('transferOwnershipTo', { name: member.name })}
            variant="secondary"
            title={t('makeTheOwner', { name: member.name })}
            body={t('getsFullControlOf', { name: member.name, organization: organization })}
            confirmLabel={t('transferOwnership')}
            pendingLabel={t('transferring')}
            onConfirm={async () => {
              const r = await transfer.run({ userId: member.userId });
              return r.ok ? done(t('isNowTheOwner', { name: member.name })) : r.error;
            }}
          />
          {transfer.sudoDialog}
        </section>
      ) : null}

      <section aria-labelledby="remove-heading" className="space-y-3">
        <h2 id="remove-heading" className="text-xl font-semibold">
          {t('removeFrom', { organization: organization })}
        </h2>
        <p className="text-sm">{t('theirAccessEndsAt', { organization: organization })}</p>
        <ConfirmButton
          label={t('remove')}
          buttonLabel={`Remove ${member.name} from ${organization}`}
          title={`Remove ${member.name}?`}
          body={t('losesAccessToAt', { name: member.name, organization: organization })}
          confirmLabel={t('remove')}
          pendingLabel={t('removing')}
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
