import type { AuthorizedCtx } from '@/lib/access/authorize';

/** How an IP access change names its author: the audit actor, the administrators' email, the rule rows. */
export function changedBy({ session, organization, actor }: AuthorizedCtx) {
  return {
    organization: { id: organization.id, name: organization.name },
    actor,
    who: `${session.user.name} (${actor.label ?? session.user.email})`,
    createdBy: { id: session.user.id, label: session.user.email },
  };
}
