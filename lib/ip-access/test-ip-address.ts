import { authorize } from '@/lib/access/authorize';
import type { Ctx } from '@/lib/context';
import { db } from '@/lib/db';
import { ZTestIpAddressSchema, type TTestIpAddressIn } from '@/lib/validation/ip-access';
import { parseInput } from '@/lib/validation/parse-input';
import { displayNetwork, networkBounds } from './address';
import { ruleInterval } from './matcher';
import { checkIpAccess } from './policy-cache';
import { fromDbScope, SCOPE_INFO, SCOPES, type Scope } from './scopes';

export interface AddressTestDTO {
  address: string;
  /** The input, when it was an IPv4-mapped IPv6 address checked as IPv4. */
  unmappedFrom: string | null;
  scopes: {
    scope: Scope;
    title: string;
    enabled: boolean;
    allowed: boolean;
    verdict: string;
    /** Every entry containing the address, most specific first, each with why it matches. */
    matches: { address: string; label: string; why: string }[];
    ruleCount: number;
  }[];
}

function addressValue(address: string): { version: 4 | 6; value: bigint } {
  const r = ruleInterval(address.includes(':') ? `${address}/128` : `${address}/32`);
  return { version: r.version, value: r.first };
}

/** "Test an address": for each scope, whether it is allowed, which entries contain it, and why. */
export async function testIpAddress(ctx: Ctx, raw: TTestIpAddressIn): Promise<AddressTestDTO> {
  const { organization } = await authorize(ctx, 'ip-access:manage');
  const input = parseInput(ZTestIpAddressSchema, raw);
  const { address } = input.address;
  const target = addressValue(address);
  const rules = await db().ipAccessRule.findMany({
    where: { organizationId: organization.id },
    orderBy: { createdAt: 'asc' },
  });
  const scopes = [];
  for (const scope of SCOPES) {
    const verdict = await checkIpAccess({ organizationId: organization.id, scope, ip: address });
    const own = rules.filter((r) => fromDbScope(r.scope) === scope);
    const matches = own
      .map((r) => ({ r, interval: ruleInterval(r.cidr), prefix: Number(r.cidr.split('/')[1]) }))
      .filter(
        ({ interval }) =>
          interval.version === target.version && interval.first <= target.value && target.value <= interval.last,
      )
      .sort((a, b) => b.prefix - a.prefix)
      .map(({ r, prefix }) => {
        const { first, last } = networkBounds(r.cidr);
        const bits = target.version === 4 ? 32 : 128;
        const why =
          prefix === bits
            ? `This entry is exactly ${address}.`
            : prefix === 0
              ? `/0 contains every IPv${target.version} address.`
              : `${address} shares its first ${prefix} bits with ${displayNetwork(r.cidr)}, which runs from ${first} to ${last}.`;
        return { address: displayNetwork(r.cidr), label: r.label, why };
      });
    const best = matches[0];
    const { title } = SCOPE_INFO[scope];
    let text: string;
    if (verdict.enabled) {
      text = verdict.allowed
        ? `Allowed: ${address} is inside ${best?.address ?? 'an entry'} “${best?.label ?? ''}”${matches.length > 1 ? `, the most specific of ${matches.length} matching entries` : ''}.`
        : `Refused: the list is on and none of its ${own.length} ${own.length === 1 ? 'entry contains' : 'entries contain'} ${address}.`;
    } else {
      text = best
        ? `Allowed: the list is off, so every address is allowed. ${best.address} “${best.label}” contains it, so it stays allowed if the list is turned on.`
        : `Allowed: the list is off, so every address is allowed. If it were turned on, ${address} would be refused: no entry contains it.`;
    }
    scopes.push({
      scope,
      title,
      enabled: verdict.enabled,
      allowed: verdict.allowed,
      verdict: text,
      matches,
      ruleCount: own.length,
    });
  }
  return { address, unmappedFrom: input.address.unmappedFrom ?? null, scopes };
}
