// Builds a Prisma client over the right driver adapter. No query engine binary: Prisma 7's client runs
// its query compiler in-process and talks to the database through the adapter.
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { openEmbeddedDatabase } from './embedded';
import { parsePostgresUrl } from './postgres-url';
import type { DatabaseTarget } from './target';

export interface OpenClient {
  client: PrismaClient;
  close(): Promise<void>;
}

// PGlite is one connection in this process: every transaction queues behind the one running, and a busy
// two-core machine stretches both the wait and the work. Prisma's defaults (start within 2 s, finish within
// 5 s) failed the demo content import at load 15; these bounds still end a stuck transaction.
const EMBEDDED_TRANSACTIONS = { maxWait: 15_000, timeout: 60_000 };

export function openPrismaClient(target: DatabaseTarget): OpenClient {
  if (target.kind === 'embedded') {
    const embedded = openEmbeddedDatabase(target.dataDir);
    let client: PrismaClient;
    try {
      client = new PrismaClient({
        adapter: new PrismaPGlite(embedded.pglite),
        transactionOptions: EMBEDDED_TRANSACTIONS,
      });
    } catch (err) {
      void embedded.release(); // do not keep the directory locked for a client that never existed
      throw err;
    }
    return {
      client,
      async close() {
        try {
          await client.$disconnect();
        } finally {
          await embedded.release();
        }
      },
    };
  }
  const { pool, schema } = parsePostgresUrl(target.url);
  const client = new PrismaClient({ adapter: new PrismaPg(pool, schema ? { schema } : undefined) });
  return { client, close: () => client.$disconnect() };
}
