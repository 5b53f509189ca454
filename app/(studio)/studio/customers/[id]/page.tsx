import Link from 'next/link';
import { notFound } from 'next/navigation';
import {
  deleteCustomerAction,
  inviteCustomerOwnerAction,
  reactivateCustomerAction,
  restoreCustomerAction,
  suspendCustomerAction,
} from '../actions';
import { CustomerForm } from '@/components/customers/customer-form';
import { Alert } from '@/components/ui/alert';
import { CustomerStatusBadge } from '@/components/customers/customer-status-badge';
import { getCustomer } from '@/lib/customers/list-customers';
import { requirePermission } from '@/lib/dal';
import { AppError } from '@/lib/errors';
import { formatDate, formatDateTime } from '@/lib/ui/format';
import { consoleTitle, getConsoleTranslator, type ConsoleTranslator } from '@/lib/i18n/console';

export const generateMetadata = consoleTitle('studio.customers', 'detail.title');

function outcomeMessage(
  t: ConsoleTranslator,
  done: unknown,
  sessions: unknown,
  c: { name: string; status: string },
): string | null {
  const n = typeof sessions === 'string' && /^\d{1,6}$/.test(sessions) ? Number(sessions) : null;
  switch (done) {
    case 'suspended':
      return n === null
        ? t('detail.done.suspended', { name: c.name })
        : t('detail.done.suspendedSessions', { name: c.name, count: n });
    case 'reactivated':
      return t('detail.done.reactivated', { name: c.name });
    case 'deleted':
      return t('detail.done.deleted', { name: c.name });
    case 'restored':
      return c.status === 'SUSPENDED'
        ? t('detail.done.restoredSuspended', { name: c.name })
        : t('detail.done.restored', { name: c.name });
    default:
      return null;
  }
}

export default async function CustomerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requirePermission('customers:manage');
  const { id } = await params;
  const c = await getCustomer(ctx, id).catch((err: unknown) => {
    if (err instanceof AppError && err.code === 'NOT_FOUND') notFound();
    throw err;
  });
  const query = await searchParams;
  const t = await getConsoleTranslator('studio.customers');
  const outcome = outcomeMessage(t, query.done, query.sessions, c);
  const exportHref = (part: 'data' | 'audit') => `/studio/customers/${c.id}/export?part=${part}`;
  return (
    <div className="max-w-3xl space-y-8">
      <div className="space-y-2">
        <p>
          <Link href="/studio/customers" className="text-sm underline">
            {t('detail.back')}
          </Link>
        </p>
        <h1 className="text-3xl font-bold">{c.name}</h1>
        <p className="flex flex-wrap items-center gap-3 text-fg-muted">
          <span>{c.slug}</span> <CustomerStatusBadge status={c.status} />
        </p>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="font-medium">{t('members')}</dt>
          <dd>
            {t('detail.members', { count: c.members, twoFactor: c.membersWithTwoFactor })}
            {c.pendingInvitations ? t('detail.invited', { count: c.pendingInvitations }) : null}
          </dd>
          <dt className="font-medium">{t('detail.domains')}</dt>
          <dd>{c.invitationDomains.length ? c.invitationDomains.join(', ') : t('detail.anyDomain')}</dd>
          <dt className="font-medium">{t('lastSignIn')}</dt>
          <dd>{c.lastSignInAt ? formatDateTime(c.lastSignInAt) : t('never')}</dd>
          <dt className="font-medium">{t('detail.created')}</dt>
          <dd>{formatDateTime(c.createdAt)}</dd>
          {c.suspendedAt ? (
            <>
              <dt className="font-medium">{t('detail.suspendedSince')}</dt>
              <dd>{formatDateTime(c.suspendedAt)}</dd>
            </>
          ) : null}
          {c.purgeAfter ? (
            <>
              <dt className="font-medium">{t('detail.purgeOn')}</dt>
              <dd>{formatDate(c.purgeAfter)}</dd>
            </>
          ) : null}
        </dl>
      </div>

      {outcome ? <Alert tone="success">{outcome}</Alert> : null}

      {c.status === 'ACTIVE' ? (
        <CustomerForm
          action={inviteCustomerOwnerAction}
          customerId={c.id}
          heading={t('detail.invite.heading')}
          description={t('detail.invite.description')}
          submitLabel={t('detail.invite.submit')}
          pendingLabel={t('detail.invite.pending')}
          fields={[{ name: 'email', label: t('detail.invite.email'), type: 'email', required: true }]}
        />
      ) : null}

      {c.status === 'ACTIVE' ? (
        <CustomerForm
          action={suspendCustomerAction}
          customerId={c.id}
          heading={t('detail.suspend.heading')}
          description={t('detail.suspend.description')}
          submitLabel={t('detail.suspend.submit')}
          pendingLabel={t('detail.suspend.pending')}
          variant="danger"
        />
      ) : null}
      {c.status === 'SUSPENDED' ? (
        <CustomerForm
          action={reactivateCustomerAction}
          customerId={c.id}
          heading={t('detail.reactivate.heading')}
          description={t('detail.reactivate.description')}
          submitLabel={t('detail.reactivate.submit')}
          pendingLabel={t('detail.reactivate.pending')}
        />
      ) : null}

      {c.status === 'PENDING_DELETION' ? (
        <CustomerForm
          action={restoreCustomerAction}
          customerId={c.id}
          heading={t('detail.restore.heading')}
          description={t('detail.restore.description', {
            date: c.purgeAfter ? formatDate(c.purgeAfter) : t('detail.restore.thePurge'),
          })}
          submitLabel={t('detail.restore.submit')}
          pendingLabel={t('detail.restore.pending')}
        />
      ) : (
        <section aria-labelledby="delete-heading" className="space-y-4 rounded-md border border-danger p-4">
          <h2 id="delete-heading" className="text-xl font-semibold">
            {t('detail.delete.heading')}
          </h2>
          <p className="text-sm">
            {
              t.rich('detail.delete.intro', {
                code: (chunks: unknown) => <code>{chunks as React.ReactNode}</code>,
              }) as React.ReactNode
            }
          </p>
          <ul className="list-disc space-y-1 pl-6 text-sm">
            <li>
              <a href={exportHref('data')} className="underline" download>
                {t('detail.delete.data')}
              </a>
            </li>
            <li>
              <a href={exportHref('audit')} className="underline" download>
                {t('detail.delete.audit')}
              </a>
            </li>
          </ul>
          <CustomerForm
            action={deleteCustomerAction}
            customerId={c.id}
            description={t('detail.delete.description', { slug: c.slug })}
            submitLabel={t('detail.delete.submit')}
            pendingLabel={t('detail.delete.pending')}
            variant="danger"
            fields={[{ name: 'confirmSlug', label: t('detail.delete.confirm'), required: true }]}
          />
        </section>
      )}
    </div>
  );
}
