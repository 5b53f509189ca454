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

export function openPrismaClient(target: DatabaseTarget): OpenClient {
  if (target.kind === 'embedded') {
    const embedded = openEmbeddedDatabase(target.dataDir);
    let client: PrismaClient;
    try {
      client = new PrismaClient({ adapter: new PrismaPGlite(embedded.pglite) });
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
