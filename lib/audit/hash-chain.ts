import crypto from 'node:crypto';

// Canonical form: JSON with keys sorted at every level, so the same event always hashes the same,
// whatever order a driver returns columns in. Documented for offline verification in the README.

export interface ChainedFields {
  id: string;
  organizationId: string | null;
  occurredAt: string; // ISO 8601, UTC, millisecond precision
  actorType: string;
  actorId: string | null;
  actorLabel: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  targetLabel: string | null;
  outcome: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string | null;
  changes: unknown;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value as Record<string, unknown>)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

export function canonicalJson(fields: ChainedFields): string {
  return JSON.stringify(sortKeys({ ...fields, changes: fields.changes ?? null }));
}

/** hash = SHA-256(prevHash + "\n" + canonical JSON), hex. The first event of a chain has prevHash "". */
export function chainHash(prevHash: string | null, fields: ChainedFields): string {
  return crypto
    .createHash('sha256')
    .update(`${prevHash ?? ''}\n${canonicalJson(fields)}`)
    .digest('hex');
}
