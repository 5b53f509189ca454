import type { SupportGrantInfo } from '@/lib/context';
import { formatDateTime } from '@/lib/ui/format';
import { LeaveSupportButton } from './leave-support-button';

/**
 * On every page of a support session: whose account this is, under which grant, and when it ends — so
 * nobody mistakes a customer's account for their own.
 */
export function SupportSessionBanner({ grant }: { grant: SupportGrantInfo }) {
  return (
    <section aria-label="Support session" className="no-print border-b-4 border-warn bg-warn text-bg">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <p className="text-sm">
          <strong className="font-bold">Support session:</strong> you are in <strong>{grant.organizationName}</strong>’s
          account under grant <strong className="font-mono">{grant.reference}</strong> (
          {grant.readOnly ? 'read-only: nothing can be changed' : `acting as ${grant.scopeLabel}`}). Access ends{' '}
          <time dateTime={grant.expiresAt.toISOString()}>{formatDateTime(grant.expiresAt)}</time>. Everything you do is
          recorded in their audit log.
        </p>
        <LeaveSupportButton />
      </div>
    </section>
  );
}
