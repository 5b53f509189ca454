// Child process for tests/integration/db-embedded-lock.test.ts, run with tsx and DATA_DIR set.
// Opens the embedded database through lib/db like the app does, writes a row, then follows commands on
// stdin: `count` prints the number of organizations, `exit` (or end of input) closes and exits.
// On failure to open, prints the error message to stderr and exits with code 3.
import readline from 'node:readline';
import { closeDb, db } from '@/lib/db';

const say = (message: Record<string, unknown>) => console.log(JSON.stringify(message));

try {
  const prisma = db();
  await prisma.organization.upsert({
    where: { slug: 'lock-holder' },
    update: {},
    create: { slug: 'lock-holder', name: 'Written by the process holding the lock' },
  });
  say({ ready: true, pid: process.pid, organizations: await prisma.organization.count() });
} catch (err) {
  console.error(err instanceof Error ? `${err.name}: ${err.message}` : String(err));
  process.exit(3);
}

for await (const line of readline.createInterface({ input: process.stdin })) {
  if (line === 'count') say({ organizations: await db().organization.count() });
  if (line === 'exit') break;
}
process.stdin.destroy(); // leaving the loop does not release stdin; the process must end by itself
await closeDb();
