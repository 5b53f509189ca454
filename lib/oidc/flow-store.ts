import 'server-only';
import { db } from '@/lib/db';
import { randomToken, sha256Hex } from '@/lib/auth/tokens';
import { oidcError } from './errors';
import type { AuthorizationSecrets } from './authorization';

// Server-side keeping of a flow in progress: the `state` indexes it (as a hash), a random value held in
// an httpOnly cookie binds it to the browser that started it (a callback URL replayed in another browser,
// or forced on a victim, finds nothing), and the row is redeemed once, so a replayed callback is refused
// before the identity provider is even asked. Generic: `purpose` and `subjectId` say whose flow it is.

const FLOW_TTL_MS = 10 * 60_000;

export interface SavedFlow {
  purpose: string;
  subjectId: string;
  returnTo: string | null;
  secrets: AuthorizationSecrets;
}

/** A fresh browser-binding value for the cookie, when the browser has none yet. */
export const newBrowserBinding = () => randomToken(32);

export async function saveFlow(input: {
  browserBinding: string;
  purpose: string;
  subjectId: string;
  returnTo?: string | null;
  secrets: AuthorizationSecrets;
}): Promise<void> {
  const now = Date.now();
  // Housekeeping without a job: expired flows are useless, whoever started them (not atomic: no need).
  await db().oidcAuthorization.deleteMany({ where: { expiresAt: { lt: new Date(now - FLOW_TTL_MS) } } });
  await db().oidcAuthorization.create({
    data: {
      stateHash: sha256Hex(input.secrets.state),
      browserHash: sha256Hex(input.browserBinding),
      purpose: input.purpose,
      subjectId: input.subjectId,
      nonce: input.secrets.nonce,
      codeVerifier: input.secrets.codeVerifier,
      returnTo: input.returnTo ?? null,
      expiresAt: new Date(now + FLOW_TTL_MS),
    },
  });
}

/**
 * Claims the flow named by the callback's `state`, once, from the browser that started it. Unknown,
 * expired, used, from another browser or for another purpose: OIDC_FLOW_UNKNOWN, with the reason for audit.
 */
export async function redeemFlow(input: {
  state: string | null;
  browserBinding: string | null;
  purposes: readonly string[];
}): Promise<SavedFlow> {
  if (!input.state || input.state.length > 200) throw oidcError('callback without a known state', 'OIDC_FLOW_UNKNOWN');
  const stateHash = sha256Hex(input.state);
  const row = await db().oidcAuthorization.findUnique({ where: { stateHash } });
  if (!row) throw oidcError('unknown state', 'OIDC_FLOW_UNKNOWN');
  if (!input.browserBinding || sha256Hex(input.browserBinding) !== row.browserHash)
    throw oidcError('state started in another browser', 'OIDC_FLOW_UNKNOWN');
  if (!input.purposes.includes(row.purpose)) throw oidcError('state of another kind of flow', 'OIDC_FLOW_UNKNOWN');
  const now = new Date();
  const claimed = await db().oidcAuthorization.updateMany({
    where: { stateHash, consumedAt: null, expiresAt: { gt: now } },
    data: { consumedAt: now },
  });
  if (claimed.count !== 1)
    throw oidcError(row.consumedAt ? 'callback replayed (state already used)' : 'flow expired', 'OIDC_FLOW_UNKNOWN');
  return {
    purpose: row.purpose,
    subjectId: row.subjectId,
    returnTo: row.returnTo,
    secrets: { state: input.state, nonce: row.nonce, codeVerifier: row.codeVerifier },
  };
}

/** Reads a flow without claiming it (to know which connection a failed callback belonged to). */
export async function peekFlow(state: string | null): Promise<{ purpose: string; subjectId: string } | null> {
  if (!state || state.length > 200) return null;
  return db().oidcAuthorization.findUnique({
    where: { stateHash: sha256Hex(state) },
    select: { purpose: true, subjectId: true },
  });
}
