// npm run ip-access -- disable --org <slug> [--scope panel|api|smtp|all]
// npm run ip-access -- status --org <slug>
// Break-glass for the server operator: turns an organization's IP allowlists off when its administrators
// locked themselves out. Audited (as SYSTEM) and the organization's administrators are emailed. With the
// embedded database, stop the server first: the database belongs to one process at a time.
import os from 'node:os';
import { reportFailure } from './db-env';
import { closeDb, db } from '@/lib/db';
import { disableIpAccessLists } from '@/lib/ip-access/break-glass';
import { displayNetwork } from '@/lib/ip-access/address';
import { fromDbScope, SCOPES, type Scope } from '@/lib/ip-access/scopes';

const USAGE = `Usage:
  npm run ip-access -- disable --org <slug> [--scope panel|api|smtp|all]   (default scope: panel)
  npm run ip-access -- status  --org <slug>`;

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i !== -1) return args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
}

async function main(): Promise<number> {
  const command = process.argv[2];
  const slug = option('org');
  if (!command || !['disable', 'status'].includes(command) || !slug) {
    console.error(USAGE);
    return 2;
  }
  if (command === 'status') {
    const org = await db().organization.findUnique({
      where: { slug },
      include: { ipAccessLists: true, ipAccessRules: { orderBy: { createdAt: 'asc' } } },
    });
    if (!org) {
      console.error(`✖ No organization has the slug “${slug}”.`);
      return 1;
    }
    console.log(`${org.name} (${org.slug}), IP access version ${org.ipAccessVersion}`);
    for (const scope of SCOPES) {
      const on = org.ipAccessLists.some((l) => fromDbScope(l.scope) === scope && l.enabled);
      const rules = org.ipAccessRules.filter((r) => fromDbScope(r.scope) === scope);
      console.log(
        `  ${scope.padEnd(5)} ${on ? 'ON ' : 'off'}  ${rules.map((r) => `${displayNetwork(r.cidr)} (${r.label})`).join(', ') || '(no entries)'}`,
      );
    }
    return 0;
  }
  const scopeArg = option('scope') ?? 'panel';
  if (scopeArg !== 'all' && !(SCOPES as readonly string[]).includes(scopeArg)) {
    console.error(`✖ --scope must be panel, api, smtp or all (got “${scopeArg}”).\n${USAGE}`);
    return 2;
  }
  const scopes: Scope[] = scopeArg === 'all' ? [...SCOPES] : [scopeArg as Scope];
  const operator = `${os.userInfo().username}@${os.hostname()}`;
  const { organization, results } = await disableIpAccessLists(
    { meta: { requestId: null, ip: null, userAgent: 'npm run ip-access' }, session: null },
    { organizationSlug: slug, scopes, operator },
  );
  for (const { scope, result } of results) {
    if (result.status !== 'saved') continue;
    console.log(
      result.changed
        ? `✔ ${organization}: the ${scope} list is now off (its ${result.rules} entries are kept). Audited; the administrators were emailed.`
        : `✔ ${organization}: the ${scope} list was already off. Nothing changed.`,
    );
  }
  return 0;
}

main()
  .then(async (code) => {
    await closeDb();
    process.exit(code);
  })
  .catch(async (err: unknown) => {
    reportFailure(err);
    await closeDb().catch(() => {});
    process.exit(1);
  });
