// npm run db:restore -- FILE [--force]
// Restores a backup made by `npm run db:backup` into the embedded database of DATA_DIR (and the local
// document store). Stop the server first. Refuses a damaged file and a non-empty target (unless --force);
// in every refusal the target is left as it was. `npm start` then migrates it to the current version.
import { describeTarget, reportFailure } from './db-env';
import { getConfig } from '@/lib/config';
import { restoreBackup } from '@/lib/backup/restore';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const force = args.includes('--force');

try {
  const cfg = getConfig();
  if (!file) {
    console.error('Usage: npm run db:restore -- FILE [--force]');
    process.exitCode = 2;
  } else if (cfg.database.kind !== 'embedded') {
    console.error(
      'db:restore restores the embedded database. With DATABASE_URL set, restore a pg_dump with pg_restore (README "Backups").',
    );
    process.exitCode = 2;
  } else {
    const started = performance.now();
    const result = await restoreBackup(
      file,
      {
        dataDir: cfg.database.dataDir,
        documentsDir: cfg.documents.s3 ? null : cfg.documents.storageDir,
      },
      { force },
    );
    const rows = Object.values(result.counts.tables).reduce((a, b) => a + b, 0);
    console.log(
      `Restored the backup of ${result.header.createdAt} into ${describeTarget(cfg.database)} in ${((performance.now() - started) / 1000).toFixed(1)} s:`,
    );
    console.log(
      `  ${rows} rows in ${Object.keys(result.counts.tables).length} tables, ${result.counts.files} files, migration level ${result.header.migrations.at(-1) ?? '(none)'}`,
    );
    if (result.keptAside)
      console.log(`  the previous content was moved to ${result.keptAside} (delete it when you no longer need it)`);
    if (cfg.documents.s3 && result.header.documents === 'local')
      console.log('  documents were not restored: this installation stores them in S3');
    console.log('Next: npm start (applies newer migrations), then npm run audit -- verify --all.');
  }
} catch (err) {
  reportFailure(err);
}
