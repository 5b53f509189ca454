// DATABASE_URL parsing for the PostgreSQL adapter (pure; lives here because tests/unit belongs to
// another owner — it needs no database). Discrete fields, never `connectionString`: with a URL,
// node-postgres lets it override an explicit `database`, which pointed copies back at the main database.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { DatabaseUrlError, parsePostgresUrl, withDatabase } from '@/lib/db/postgres-url';
import { databaseKind } from '@/tests/fixtures/db';

describe('DATABASE_URL parsing', () => {
  it('splits a URL into discrete node-postgres fields', () => {
    expect(parsePostgresUrl('postgresql://app:s%40cret@db.internal:6543/trust?schema=tc&application_name=tc')).toEqual({
      pool: {
        host: 'db.internal',
        port: 6543,
        database: 'trust',
        user: 'app',
        password: 's@cret',
        ssl: false,
        application_name: 'tc',
      },
      schema: 'tc',
    });
  });

  it('defaults the port, reads Unix sockets from ?host= and pool size from ?connection_limit=', () => {
    expect(parsePostgresUrl('postgres://u@/db?host=/var/run/postgresql&connection_limit=5').pool).toMatchObject({
      host: '/var/run/postgresql',
      port: 5432,
      database: 'db',
      max: 5,
    });
  });

  it('maps sslmode like libpq, verifying the certificate only for verify-full', () => {
    expect(parsePostgresUrl('postgres://h/db?sslmode=require').pool.ssl).toEqual({ rejectUnauthorized: false });
    expect(parsePostgresUrl('postgres://h/db?sslmode=verify-full').pool.ssl).toEqual({});
    expect(parsePostgresUrl('postgres://h/db?sslmode=disable').pool.ssl).toBe(false);
  });

  it('refuses what it would otherwise silently ignore', () => {
    expect(() => parsePostgresUrl('postgres://h/db?sslcert=/x.pem')).toThrow(DatabaseUrlError);
    expect(() => parsePostgresUrl('postgres://h/db?sslcert=/x.pem')).toThrow(/unsupported parameter\(s\) sslcert/);
    expect(() => parsePostgresUrl('postgres://h/db?sslmode=sometimes')).toThrow(/sslmode=sometimes/);
    expect(() => parsePostgresUrl('postgres://h/')).toThrow(/names no database/);
    expect(() => parsePostgresUrl('mysql://h/db')).toThrow(/postgres:\/\//);
  });

  it('withDatabase swaps only the database', () => {
    expect(withDatabase('postgres://u:p@h:5433/main?sslmode=require', 'copy_1')).toBe(
      'postgres://u:p@h:5433/copy_1?sslmode=require',
    );
  });
});

describe.runIf(databaseKind() === 'postgres')('the application client on PostgreSQL', () => {
  it('talks to the database named in DATABASE_URL (this file’s private copy), not another', async () => {
    const rows = await db().$queryRawUnsafe<{ name: string }[]>('SELECT current_database() AS name');
    expect(rows[0]?.name).toBe(new URL(process.env.DATABASE_URL ?? '').pathname.slice(1));
  });
});
