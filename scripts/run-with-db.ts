import { closeDb } from '@/lib/db';

/** Runs a command-line script's main(), closes the database (the embedded one is locked while open) and
 * exits with its code; an error prints its message only, never a stack trace, and exits 1. */
export function runWithDb(main: () => Promise<number>): void {
  main()
    .then(async (code) => {
      await closeDb();
      process.exit(code);
    })
    .catch(async (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      await closeDb().catch(() => {});
      process.exit(1);
    });
}
