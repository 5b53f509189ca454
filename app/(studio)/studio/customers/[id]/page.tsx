import type { Metadata } from 'next';
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

export const metadata: Metadata = { title: 'Customer organization' };

function outcomeMessage(done: unknown, sessions: unknown, c: { name: string; status: string }): string | null {
  const n = typeof sessions === 'string' && /^\d{1,6}$/.test(sessions) ? Number(sessions) : null;
  switch (done) {
    case 'suspended':
      return `${c.name} is suspended: its members were signed out${n === null ? '' : ` (${n} ${n === 1 ? 'session' : 'sessions'} ended)`} and its owners emailed.`;
    case 'reactivated':
      return `${c.name} is active again; its owners were emailed.`;
    case 'deleted':
      return `${c.name} is scheduled for deletion. It can be restored for 30 days.`;
    case 'restored':
      return c.status === 'SUSPENDED'
        ? `The deletion of ${c.name} was cancelled; it is still suspended.`
        : `The deletion of ${c.name} was cancelled; it is active again.`;
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
  const outcome = outcomeMessage(query.done, query.sessions, c);
  const exportHref = (part: 'data' | 'audit') => `/studio/customers/${c.id}/export?part=${part}`;
  return (
    <div className="max-w-3xl space-y-8">
      <div className="space-y-2">
        <p>
          <Link href="/studio/customers" className="text-sm underline">
            All customers
          </Link>
        </p>
        <h1 className="text-3xl font-bold">{c.name}</h1>
        <p className="flex flex-wrap items-center gap-3 text-fg-muted">
          <span>{c.slug}</span> <CustomerStatusBadge status={c.status} />
        </p>
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm">
          <dt className="font-medium">Members</dt>
          <dd>
            {c.members} ({c.membersWithTwoFactor} with two-factor authentication)
            {c.pendingInvitations ? `, ${c.pendingInvitations} invited` : ''}
          </dd>
          <dt className="font-medium">Invitations limited to</dt>
          <dd>{c.invitationDomains.length ? c.invitationDomains.join(', ') : 'Any email domain'}</dd>
          <dt className="font-medium">Last sign-in</dt>
          <dd>{c.lastSignInAt ? formatDateTime(c.lastSignInAt) : 'Never'}</dd>
          <dt className="font-medium">Created</dt>
          <dd>{formatDateTime(c.createdAt)}</dd>
          {c.suspendedAt ? (
            <>
              <dt className="font-medium">Suspended since</dt>
              <dd>{formatDateTime(c.suspendedAt)}</dd>
            </>
          ) : null}
          {c.purgeAfter ? (
            <>
              <dt className="font-medium">Removed permanently on</dt>
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
          heading="Invite an owner"
          description="For example when the first invitation expired unused."
          submitLabel="Send owner invitation"
          pendingLabel="Sending…"
          fields={[{ name: 'email', label: 'Owner’s email', type: 'email', required: true }]}
        />
      ) : null}

      {c.status === 'ACTIVE' ? (
        <CustomerForm
          action={suspendCustomerAction}
          customerId={c.id}
          heading="Suspend"
          description="Its members are signed out on their next request; sign-in and API keys are refused until you reactivate it. Nothing is deleted. Its owners are emailed."
          submitLabel="Suspend organization"
          pendingLabel="Suspending…"
          variant="danger"
        />
      ) : null}
      {c.status === 'SUSPENDED' ? (
        <CustomerForm
          action={reactivateCustomerAction}
          customerId={c.id}
          heading="Reactivate"
          description="Members can sign in again and API keys work again. Its owners are emailed."
          submitLabel="Reactivate organization"
          pendingLabel="Reactivating…"
        />
      ) : null}

      {c.status === 'PENDING_DELETION' ? (
        <CustomerForm
          action={restoreCustomerAction}
          customerId={c.id}
          heading="Restore"
          description={`Cancel the deletion before ${c.purgeAfter ? formatDate(c.purgeAfter) : 'the purge'}; nothing has been removed yet.`}
          submitLabel="Restore organization"
          pendingLabel="Restoring…"
        />
      ) : (
        <section aria-labelledby="delete-heading" className="space-y-4 rounded-md border border-danger p-4">
          <h2 id="delete-heading" className="text-xl font-semibold">
            Delete
          </h2>
          <p className="text-sm">
            First download a full export: the organization’s data as JSON, and its audit log as JSON Lines that{' '}
            <code>node scripts/verify-audit-export.mjs --complete</code> verifies offline.
          </p>
          <ul className="list-disc space-y-1 pl-6 text-sm">
            <li>
              <a href={exportHref('data')} className="underline" download>
                Download organization data (JSON)
              </a>
            </li>
            <li>
              <a href={exportHref('audit')} className="underline" download>
                Download audit log (JSON Lines)
              </a>
            </li>
          </ul>
          <CustomerForm
            action={deleteCustomerAction}
            customerId={c.id}
            description={`The organization becomes unusable at once and is removed permanently after 30 days; until then it can be restored. Type ${c.slug} to confirm.`}
            submitLabel="Delete organization"
            pendingLabel="Deleting…"
            variant="danger"
            fields={[{ name: 'confirmSlug', label: 'Type the slug to confirm', required: true }]}
          />
        </section>
      )}
    </div>
  );
}
