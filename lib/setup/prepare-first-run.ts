import { recordAudit } from '@/lib/audit/record';
import { getConfig } from '@/lib/config';
import { db } from '@/lib/db';
import { logger } from '@/lib/log';
import { isSetupRequired, setSetupGate } from './setup-state';
import { issueSetupToken, SETUP_TOKEN_TTL_HOURS } from './setup-token';

/**
 * At server start (instrumentation.ts): is the first-run setup pending? Then every page leads to /setup
 * (proxy.ts) and a fresh one-time token is printed to the log, the one place only the operator reads.
 */
export async function prepareFirstRunSetup(): Promise<void> {
  const client = db();
  const required = await isSetupRequired(client);
  setSetupGate(required, () => isSetupRequired(db()));
  if (!required) return;
  const { token, expiresAt } = await client.$transaction(async (tx) => {
    const issued = await issueSetupToken(tx, 'server');
    await recordAudit(tx, {
      organizationId: null,
      action: 'setup.token_issued',
      actor: { type: 'SYSTEM', id: null, label: 'server start' },
      changes: { source: 'server', expiresAt: issued.expiresAt.toISOString() },
      meta: { ip: null, userAgent: null, requestId: null },
    });
    return issued;
  });
  const url = new URL('/setup', getConfig().appUrl);
  // Deliberately in the message, not a field: the logger redacts fields named token. Warn level, so it
  // shows with LOG_LEVEL=warn too.
  logger.warn(
    `First-run setup: no vendor organization yet. Open ${url} and enter this one-time setup token (valid ${SETUP_TOKEN_TTL_HOURS} hours, until ${expiresAt.toISOString()}): First-run setup token: ${token}`,
  );
}
