import type { DbTransaction, PrismaClient } from '@/lib/db';

// Whether the first-run setup is still to be done: no vendor organization exists. proxy.ts must not open
// the database (it is bundled apart from the app), so the server's start-up check (instrumentation.ts)
// and the setup itself keep the answer in a process-wide slot that proxy.ts reads.

export async function isSetupRequired(client: PrismaClient | DbTransaction): Promise<boolean> {
  return (await client.organization.count({ where: { kind: 'VENDOR' } })) === 0;
}

const GATE = Symbol.for('trust-center.setup-gate');

interface SetupGate {
  /** true while no vendor organization exists; once false it stays false (setup happens once). */
  required: boolean;
  /** Asks the database again (registered by instrumentation.ts); used when another process may have finished setup. */
  recheck?: () => Promise<boolean>;
  checkedAt?: number;
}

const slot = globalThis as { [GATE]?: SetupGate };

export function setSetupGate(required: boolean, recheck?: () => Promise<boolean>): void {
  const current = slot[GATE];
  slot[GATE] = { required, recheck: recheck ?? current?.recheck, checkedAt: Date.now() };
}

/**
 * For proxy.ts, synchronously: must this request go to /setup? Unknown (the gate was never set, e.g. before
 * instrumentation ran) counts as no: /setup itself still checks the database. While setup is pending the
 * database is asked again in the background at most once a second, so a setup finished by another
 * server process (PostgreSQL) releases this one too.
 */
export function setupGateRequired(): boolean {
  const gate = slot[GATE];
  if (!gate?.required) return false;
  if (gate.recheck && Date.now() - (gate.checkedAt ?? 0) > 1000) {
    gate.checkedAt = Date.now();
    gate.recheck().then(
      (required) => {
        gate.required &&= required;
      },
      () => {}, // the database did not answer: keep the last answer
    );
  }
  return gate.required;
}
