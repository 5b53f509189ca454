// npm run db:backup [-- --out FILE]
// A consistent snapshot of the embedded database, the local document store and the generated local
// secrets, in one file, while the server runs: the running server writes it (lib/backup/endpoint.ts);
// with no server running this process opens the database itself. Prints the file's SHA-256.
// PostgreSQL (DATABASE_URL set): use pg_dump — see README "Backups".
import http from 'node:http';
import { reportFailure } from './db-env';
import { getConfig } from '@/lib/config';
import { readEndpoint } from '@/lib/backup/endpoint';
import {
  backupEmbeddedToFile,
  defaultBackupName,
  saveBackupStream,
  snapshotPaths,
  type WrittenBackup,
} from '@/lib/backup/write-backup-file';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function askServer(port: number, token: string, file: string): Promise<WrittenBackup> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/backup',
        agent: false,
        headers: { authorization: `Bearer ${token}` },
      },
      (res) => {
        if (res.statusCode !== 200) {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => {
            let message = body;
            try {
              message = (JSON.parse(body) as { error: string }).error;
            } catch {
              // plain text
            }
            reject(new Error(`The running server refused the backup (${res.statusCode}): ${message}`));
          });
          return;
        }
        saveBackupStream(file, res).then(resolve, reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

try {
  if (getConfig().database.kind !== 'embedded') snapshotPaths(); // throws the pg_dump advice
  const { dataDir } = snapshotPaths();
  const out = arg('out') ?? defaultBackupName();
  const endpoint = readEndpoint(dataDir);
  const started = performance.now();
  const written = endpoint ? await askServer(endpoint.port, endpoint.token, out) : await backupEmbeddedToFile(out);
  const rows = Object.values(written.counts.tables).reduce((a, b) => a + b, 0);
  console.log(
    `Backup written ${endpoint ? `by the running server (pid ${endpoint.pid})` : 'directly (no server running)'} in ${((performance.now() - started) / 1000).toFixed(1)} s:`,
  );
  console.log(`  file     ${written.file}`);
  console.log(`  snapshot ${written.createdAt}`);
  console.log(
    `  content  ${rows} rows in ${Object.keys(written.counts.tables).length} tables, ${written.counts.files} files`,
  );
  console.log(`  size     ${written.bytes} bytes`);
  console.log(`  sha256   ${written.sha256}`);
  console.log('It contains password hashes and, in embedded mode, the key of the TOTP secrets: keep it private.');
} catch (err) {
  reportFailure(err);
}
