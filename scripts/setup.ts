// npm run setup                      prints a one-time link to the first-run setup (APP_URL/setup?token=…)
// npm run setup -- --email <address> [--organization "<name>"]
//                                    creates the vendor organization now and invites its first Owner
// The headless first-run setup for the server operator. Only while no vendor organization exists. With the
// embedded database, stop the server first: the database belongs to one process at a time.
import { reportFailure } from './db-env';
import { recordAudit } from '@/lib/audit/record';
import { getConfig } from '@/lib/config';
import { closeDb, db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { importTrustCenterBaseline } from '@/lib/setup/import-baseline';
import { inviteFirstOwner } from '@/lib/setup/invite-first-owner';
import { isSetupRequired } from '@/lib/setup/setup-state';
import { issueSetupToken, SETUP_TOKEN_TTL_HOURS } from '@/lib/setup/setup-token';

const USAGE = `Usage:
  npm run setup                                              a one-time setup link (valid ${SETUP_TOKEN_TTL_HOURS} hours)
  npm run setup -- --email <address> [--organization <name>]  create the organization and invite its first owner`;

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  if (i !== -1) return args[i + 1];
  return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.some((a) => a.startsWith('--') && !/^--(email|organization)(=|$)/.test(a))) {
    console.error(USAGE);
    return 2;
  }
  const client = db();
  if (!(await isSetupRequired(client))) {
    console.error(
      '✖ The first-run setup is already complete: a vendor organization exists. Its owners invite everyone else from /account/users.',
    );
    return 1;
  }
  const email = option('email');
  if (args.includes('--email') && !email) {
    console.error(`✖ --email needs an address.\n${USAGE}`);
    return 2;
  }
  if (email !== undefined) {
    try {
      const invited = await inviteFirstOwner({ email, organizationName: option('organization') });
      console.log(
        `✔ ${invited.organizationName} created. ${invited.email} is invited as its Owner (the email goes out once the server runs).`,
      );
      console.log(`  Invitation link (works once, until ${invited.expiresAt.toISOString()}):\n  ${invited.url}`);
    } catch (err) {
      if (err instanceof AppError && err.fieldErrors) {
        console.error(`✖ ${Object.values(err.fieldErrors).flat().join(' ')}`);
        return 2;
      }
      throw err;
    }
    const baseline = await importTrustCenterBaseline(client);
    console.log(`✔ Trust-center content imported: ${baseline.pages} pages, ${baseline.subprocessors} sub-processors.`);
    return 0;
  }
  const { token, expiresAt } = await client.$transaction(async (tx) => {
    const issued = await issueSetupToken(tx, 'cli');
    await recordAudit(tx, {
      organizationId: null,
      action: 'setup.token_issued',
      actor: { type: 'SYSTEM', id: null, label: 'npm run setup' },
      changes: { source: 'cli', expiresAt: issued.expiresAt.toISOString() },
      meta: { ip: null, userAgent: null, requestId: null },
    });
    return issued;
  });
  const url = new URL('/setup', getConfig().appUrl);
  url.searchParams.set('token', token);
  console.log(`✔ Open this link to set up the Trust Center (works once, until ${expiresAt.toISOString()}):\n  ${url}`);
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
