// DATABASE_URL → discrete node-postgres fields. We never hand `connectionString` to pg: node-postgres lets
// the URL override any explicit `database`, so a pool for another database (the migration shadow
// database, a per-test copy) would silently point back at the main one.
import fs from 'node:fs';
import type { PoolConfig } from 'pg';

export interface PostgresConnection {
  /** Fields for `new pg.Pool(...)` / `new PrismaPg(...)`; `database` can be swapped safely. */
  pool: PoolConfig & { database: string };
  /** Postgres schema for Prisma's generated SQL (`?schema=`), as Prisma users write it. */
  schema: string | undefined;
}

const SUPPORTED_PARAMS = [
  'sslmode',
  'sslrootcert',
  'schema',
  'application_name',
  'options',
  'connect_timeout',
  'connection_limit',
  'host',
] as const;

export class DatabaseUrlError extends Error {
  constructor(problem: string) {
    super(`DATABASE_URL ${problem}`);
    this.name = 'DatabaseUrlError';
  }
}

function sslFromMode(mode: string | null, rootCertPath: string | null): PoolConfig['ssl'] {
  const ca = rootCertPath ? { ca: readFileOrThrow(rootCertPath) } : {};
  switch (mode ?? 'disable') {
    case 'disable':
      return false;
    // "prefer" cannot fall back to plain text in node-postgres; encrypting without verification is the
    // closest safe reading, and the same choice node-postgres itself makes.
    case 'prefer':
    case 'require':
    case 'no-verify':
      return rootCertPath ? { ...ca, checkServerIdentity: () => undefined } : { rejectUnauthorized: false };
    case 'verify-ca':
      return { ...ca, checkServerIdentity: () => undefined };
    case 'verify-full':
      return { ...ca };
    default:
      throw new DatabaseUrlError(
        `has sslmode=${mode}: use disable, prefer, require, no-verify, verify-ca or verify-full`,
      );
  }
}

function readFileOrThrow(file: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch {
    throw new DatabaseUrlError(`sslrootcert=${file} cannot be read`);
  }
}

function positiveInt(name: string, value: string | null): number | undefined {
  if (value === null) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new DatabaseUrlError(`has ${name}=${value}: must be a positive whole number`);
  return n;
}

/** Parses a postgres:// or postgresql:// URL; throws DatabaseUrlError naming the offending part. */
export function parsePostgresUrl(url: string): PostgresConnection {
  let u: URL;
  try {
    // libpq allows an empty host with credentials (postgres://user@/db?host=/socket); WHATWG URL does
    // not, so parse with a placeholder host — ?host= supplies the real one.
    u = new URL(url.replace(/^(postgres(?:ql)?:\/\/[^/?#]*@)(?=[/?#]|$)/, '$1localhost'));
  } catch {
    throw new DatabaseUrlError('is not a valid URL (expected postgres://user:password@host:5432/database)');
  }
  if (u.protocol !== 'postgres:' && u.protocol !== 'postgresql:') {
    throw new DatabaseUrlError('must start with postgres:// or postgresql://');
  }
  const unknown = [...u.searchParams.keys()].filter((k) => !(SUPPORTED_PARAMS as readonly string[]).includes(k));
  if (unknown.length) {
    // Refuse rather than ignore: a silently dropped sslcert/sslkey would weaken the connection.
    throw new DatabaseUrlError(
      `has unsupported parameter(s) ${unknown.join(', ')}; supported: ${SUPPORTED_PARAMS.join(', ')}`,
    );
  }
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!database) throw new DatabaseUrlError('names no database (postgres://user:password@host:5432/database)');
  const q = u.searchParams;
  // `?host=/var/run/postgresql` selects a Unix socket, as in libpq.
  const host = q.get('host') ?? (decodeURIComponent(u.hostname.replace(/^\[(.*)\]$/, '$1')) || 'localhost');

  const pool: PostgresConnection['pool'] = {
    host,
    port: u.port ? Number(u.port) : 5432,
    database,
    ssl: sslFromMode(q.get('sslmode'), q.get('sslrootcert')),
  };
  if (u.username) pool.user = decodeURIComponent(u.username);
  if (u.password) pool.password = decodeURIComponent(u.password);
  if (q.get('application_name')) pool.application_name = q.get('application_name') ?? undefined;
  if (q.get('options')) pool.options = q.get('options') ?? undefined;
  const connectTimeout = positiveInt('connect_timeout', q.get('connect_timeout'));
  if (connectTimeout) pool.connectionTimeoutMillis = connectTimeout * 1000;
  const max = positiveInt('connection_limit', q.get('connection_limit'));
  if (max) pool.max = max;
  return { pool, schema: q.get('schema') ?? undefined };
}

/** A URL for the same server and credentials but another database (test copies, templates). */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}
