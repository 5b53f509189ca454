// Short-lived connections of their own, outside Prisma, for the audit export on PostgreSQL: a million
// rows read through a server-side cursor, and the export's own audit event written by recordAudit
// through raw SQL. Prisma's runtime (its query compiler and data model) would cost a lean export
// process more memory than the rows do, and a slow download must not hold a connection of the app's
// pool. PGlite has one connection and no room for this: callers go through Prisma there.
import pg from 'pg';
import { parsePostgresUrl } from './postgres-url';

/** The raw-SQL half of a Prisma transaction client, which is all recordAudit needs. */
export interface RawSql {
  $executeRawUnsafe(query: string, ...values: unknown[]): Promise<number>;
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

export interface RowCursor<Row extends unknown[]> {
  /** The next batch of rows, each an array of column values; an empty array at the end. */
  read(): Promise<Row[]>;
  /** Ends the transaction and the connection. Safe to call twice. */
  close(): Promise<void>;
}

async function connect(url: string): Promise<pg.Client> {
  const { pool, schema } = parsePostgresUrl(url);
  const client = new pg.Client(pool);
  // A dropped connection rejects the pending query; without a listener it would also crash the process.
  client.on('error', () => undefined);
  await client.connect();
  try {
    if (schema) await client.query(`SET search_path TO ${client.escapeIdentifier(schema)}`);
  } catch (err) {
    await client.end().catch(() => undefined);
    throw err;
  }
  return client;
}

/** Runs `work` in one transaction on a connection of its own, then closes it. */
export async function withPostgresTransaction<T>(url: string, work: (sql: RawSql) => Promise<T>): Promise<T> {
  const client = await connect(url);
  const sql: RawSql = {
    $executeRawUnsafe: async (query, ...values) => (await client.query(query, values)).rowCount ?? 0,
    $queryRawUnsafe: async <R>(query: string, ...values: unknown[]) => (await client.query(query, values)).rows as R,
  };
  try {
    await client.query('BEGIN');
    const result = await work(sql);
    await client.query('COMMIT');
    return result;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * A read-only cursor over one statement: one snapshot, so rows appended meanwhile do not shift the
 * batches. The next batch is fetched while the caller handles this one, so the database and the
 * formatting work at the same time; rows come as arrays (fewer objects for the garbage collector).
 */
export async function openPostgresCursor<Row extends unknown[]>(
  url: string,
  text: string,
  values: unknown[],
  batchSize: number,
): Promise<RowCursor<Row>> {
  const client = await connect(url);
  let closed = false;
  let pending: Promise<Row[]> | null = null;
  const close = async () => {
    if (closed) return;
    closed = true;
    await client.query('ROLLBACK').catch(() => undefined); // read-only: nothing to keep
    await client.end().catch(() => undefined);
  };
  const fetchBatch = async () =>
    (
      await client.query<Row>({
        text: `FETCH ${Math.max(1, Math.floor(batchSize))} FROM rows_cursor`,
        rowMode: 'array',
      })
    ).rows;
  try {
    await client.query('BEGIN READ ONLY');
    await client.query(`DECLARE rows_cursor NO SCROLL CURSOR FOR ${text}`, values);
  } catch (err) {
    await close();
    throw err;
  }
  return {
    async read() {
      const rows = await (pending ?? fetchBatch());
      pending = rows.length > 0 && !closed ? fetchBatch() : null;
      pending?.catch(() => undefined); // handled by the next read(); never an unhandled rejection meanwhile
      return rows;
    },
    close,
  };
}
