import 'server-only';
import { Resolver } from 'node:dns/promises';
import { getConfig } from '@/lib/config';

// TXT lookups for domain claims. SSO_DNS_RESOLVER names the server (tests run one on 127.0.0.1);
// unset, the system's resolver answers. A short timeout: an admin is waiting on the page.

export async function txtRecords(name: string): Promise<string[] | 'not-found'> {
  const resolver = new Resolver({ timeout: 3_000, tries: 2 });
  const server = getConfig().sso.dnsResolver;
  if (server) resolver.setServers([server]);
  try {
    const records = await resolver.resolveTxt(name);
    return records.map((chunks) => chunks.join(''));
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ENOTFOUND' || code === 'ENODATA') return 'not-found';
    throw err;
  }
}
