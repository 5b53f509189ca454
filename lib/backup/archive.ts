// The backup file: gzip'd JSON Lines, one record per line, written in one pass and read in one pass.
//   {"kind":"header", format, version, createdAt, migrations: [...applied migration names]}
//   {"kind":"rows", table, rows: [...row_to_json objects]}         (any number per table, in load order)
//   {"kind":"sequence", name, value}
//   {"kind":"file", area, path, offset, data: base64}              (documents and local secrets, in chunks)
//   {"kind":"end", sha256, counts}                                 (SHA-256 of every line above, with \n)
// The end record makes a truncated or edited file detectable before anything is restored; gzip's own
// CRC catches most bit flips earlier still.
import crypto from 'node:crypto';
import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import zlib from 'node:zlib';

export const BACKUP_FORMAT = 'trust-center-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  kind: 'header';
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** Applied migrations of the source database, in order: the restore migrates the target to this level. */
  migrations: string[];
  /** Where documents came from: the local store (included) or S3 (not included: back up the bucket). */
  documents: 'local' | 's3';
}

export type BackupRecord =
  | BackupHeader
  | { kind: 'rows'; table: string; rows: unknown[] }
  | { kind: 'sequence'; name: string; value: string | null }
  | { kind: 'file'; area: FileArea; path: string; offset: number; data: string }
  | { kind: 'end'; sha256: string; counts: BackupCounts };

/** documents: the local document store; secrets: $DATA_DIR/auth-secret and mfa-keys (TOTP secrets need them). */
export type FileArea = 'documents' | 'secrets';

export interface BackupCounts {
  tables: Record<string, number>;
  files: number;
}

export class DamagedBackupError extends Error {
  constructor(file: string, why: string) {
    super(`${file} is not a usable backup: ${why}. Nothing was changed.`);
    this.name = 'DamagedBackupError';
  }
}

/** Writes records as JSON lines through gzip, hashing what it writes; `finish()` appends the end record. */
export class ArchiveWriter {
  private readonly hash = crypto.createHash('sha256');
  private readonly gzip = zlib.createGzip({ level: 6 });
  private readonly done: Promise<void>;
  readonly counts: BackupCounts = { tables: {}, files: 0 };

  constructor(out: Writable) {
    this.done = pipeline(this.gzip, out);
    // A failure of the destination surfaces from finish(); do not let it become an unhandled rejection.
    this.done.catch(() => {});
  }

  /** Writes one line; `json` is the record already serialised (rows are passed through as PostgreSQL made them). */
  async writeLine(json: string): Promise<void> {
    const line = json + '\n';
    this.hash.update(line);
    if (!this.gzip.write(line)) await new Promise<void>((resolve) => this.gzip.once('drain', resolve));
  }

  write(record: BackupRecord): Promise<void> {
    return this.writeLine(JSON.stringify(record));
  }

  /** Rows arrive as JSON text from row_to_json: spliced in without parsing them again. */
  async writeRows(table: string, rowsJson: string[]): Promise<void> {
    if (!rowsJson.length) return;
    this.counts.tables[table] = (this.counts.tables[table] ?? 0) + rowsJson.length;
    await this.writeLine(`{"kind":"rows","table":${JSON.stringify(table)},"rows":[${rowsJson.join(',')}]}`);
  }

  async finish(): Promise<BackupCounts> {
    const end = JSON.stringify({ kind: 'end', sha256: this.hash.digest('hex'), counts: this.counts });
    this.gzip.end(end + '\n');
    await this.done;
    return this.counts;
  }
}

/**
 * Reads a backup, handing each record to `onRecord` and checking the end record's checksum and counts.
 * Throws DamagedBackupError for anything wrong with the file itself. `onRecord` runs before the end is
 * known to be intact: callers that change something must verify first (verifyBackup) or work on a copy.
 */
export async function readBackup(
  file: string,
  onRecord: (record: Exclude<BackupRecord, { kind: 'end' }>) => Promise<void> | void = () => {},
): Promise<{ header: BackupHeader; counts: BackupCounts }> {
  let input: Readable;
  try {
    input = fs.createReadStream(file);
    await new Promise<void>((resolve, reject) => input.once('open', () => resolve()).once('error', reject));
  } catch (err) {
    throw new DamagedBackupError(
      file,
      `it cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`,
    );
  }
  const gunzip = zlib.createGunzip();
  const text = new PassThrough();
  const piped = pipeline(input, gunzip, text).catch((err: Error) => {
    text.destroy(err);
  });
  const hash = crypto.createHash('sha256');
  const seen: BackupCounts = { tables: {}, files: 0 };
  let header: BackupHeader | undefined;
  let end: { sha256: string; counts: BackupCounts } | undefined;
  try {
    for await (const line of readline.createInterface({ input: text, crlfDelay: Infinity })) {
      if (end) throw new DamagedBackupError(file, 'it continues after its end record');
      let record: BackupRecord;
      try {
        record = JSON.parse(line) as BackupRecord;
      } catch {
        throw new DamagedBackupError(file, 'a line is not valid JSON');
      }
      if (record.kind === 'end') {
        end = record;
        continue;
      }
      hash.update(line + '\n');
      if (!header) {
        if (record.kind !== 'header' || record.format !== BACKUP_FORMAT)
          throw new DamagedBackupError(file, 'it is not a Trust Center backup');
        if (record.version !== BACKUP_VERSION)
          throw new DamagedBackupError(
            file,
            `it has format version ${record.version}; this version reads ${BACKUP_VERSION}`,
          );
        header = record;
      } else if (record.kind === 'rows') {
        seen.tables[record.table] = (seen.tables[record.table] ?? 0) + record.rows.length;
      } else if (record.kind === 'file' && record.offset === 0) {
        seen.files++;
      }
      await onRecord(record);
    }
    await piped;
  } catch (err) {
    if (err instanceof DamagedBackupError) throw err;
    const code = (err as NodeJS.ErrnoException).code ?? '';
    const why =
      code.startsWith('Z_') || /unexpected end|incorrect header|invalid/i.test((err as Error).message)
        ? 'its compressed data is damaged or cut short'
        : (err as Error).message;
    throw new DamagedBackupError(file, why);
  } finally {
    input.destroy();
  }
  if (!header) throw new DamagedBackupError(file, 'it is empty');
  if (!end) throw new DamagedBackupError(file, 'its end record is missing (the file is cut short)');
  if (hash.digest('hex') !== end.sha256) throw new DamagedBackupError(file, 'its checksum does not match its content');
  if (JSON.stringify(sortCounts(seen)) !== JSON.stringify(sortCounts(end.counts))) {
    throw new DamagedBackupError(file, 'its row counts do not match its content');
  }
  return { header, counts: end.counts };
}

function sortCounts(c: BackupCounts): BackupCounts {
  return {
    tables: Object.fromEntries(Object.entries(c.tables).sort(([a], [b]) => a.localeCompare(b))),
    files: c.files,
  };
}

/** Reads the whole file once without acting on it: the check a restore makes before touching anything. */
export function verifyBackup(file: string): Promise<{ header: BackupHeader; counts: BackupCounts }> {
  return readBackup(file);
}

/** SHA-256 of the file as stored: what the CLI prints, so a copy elsewhere can be compared with sha256sum. */
export async function fileSha256(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}
