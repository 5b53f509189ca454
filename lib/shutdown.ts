// What the server process must do before it exits, in order: stop the background loops (and let a run
// in progress finish), then close the database (for the embedded one: release its lock). server.mjs
// calls it through a global symbol once the HTTP server has drained, because the app's modules live in
// Next.js's bundles, not in server.mjs's module graph. No 'server-only': scripts import lib/db too.

type Hook = () => Promise<void>;
/** Earlier phases run (and finish) before later ones. */
export type ShutdownPhase = 'jobs' | 'database';
const PHASES: ShutdownPhase[] = ['jobs', 'database'];

const HOOKS = Symbol.for('trust-center.shutdown-hooks');
/** server.mjs looks this up on globalThis and awaits it; it resolves to the hooks that failed. */
export const SHUTDOWN_SYMBOL = Symbol.for('trust-center.shutdown');

type Registry = Map<string, { phase: ShutdownPhase; hook: Hook }>;
const g = globalThis as { [HOOKS]?: Registry; [SHUTDOWN_SYMBOL]?: () => Promise<string[]> };

/** Registers (or replaces, by name: hot reloads and double imports do not add more) a shutdown hook. */
export function onShutdown(name: string, phase: ShutdownPhase, hook: Hook): void {
  (g[HOOKS] ??= new Map()).set(name, { phase, hook });
  g[SHUTDOWN_SYMBOL] ??= runShutdownHooks;
}

/** Runs every hook once, phase by phase; a failing hook does not stop the others. Returns the failures. */
export async function runShutdownHooks(): Promise<string[]> {
  const registry = g[HOOKS] ?? new Map();
  const failures: string[] = [];
  for (const phase of PHASES) {
    const hooks = [...registry].filter(([, h]) => h.phase === phase);
    for (const [name] of hooks) registry.delete(name);
    const results = await Promise.allSettled(hooks.map(([, h]) => h.hook()));
    results.forEach((r, i) => {
      if (r.status === 'rejected')
        failures.push(`${hooks[i]![0]}: ${(r.reason as Error)?.message ?? String(r.reason)}`);
    });
  }
  return failures;
}
