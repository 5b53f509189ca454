import type { ApiCtx } from '@/lib/api/api-context';
import type { IpAddress } from './address';
import { checkIpAccess } from './policy-cache';
import type { Scope } from './scopes';

export interface IpCheckDTO {
  scope: Scope;
  ip: string;
  allowed: boolean;
  /** false: the list is off and every address is allowed. */
  listEnabled: boolean;
  reason: 'list-disabled' | 'in-list' | 'not-in-list';
  version: number;
}

/** For the mail edge: may `ip` use `scope` (smtp, typically) for the key's organization? */
export async function checkIpForApi(api: ApiCtx, input: { scope: Scope; address: IpAddress }): Promise<IpCheckDTO> {
  const verdict = await checkIpAccess({
    organizationId: api.organization.id,
    scope: input.scope,
    ip: input.address.address,
    knownVersion: api.organization.ipAccessVersion,
  });
  return {
    scope: input.scope,
    ip: input.address.address,
    allowed: verdict.allowed,
    listEnabled: verdict.enabled,
    reason: !verdict.enabled ? 'list-disabled' : verdict.allowed ? 'in-list' : 'not-in-list',
    version: verdict.version,
  };
}
