// npm run content:export [-- --out <dir>]
// Writes the published pages back to <dir>/pages/<section>/<slug>.mdx (default: content/), so the
// published state can be reviewed and versioned with git. Run it while the server is stopped when using
// the embedded database.
import path from 'node:path';
import './db-env';
import { exportContent } from '@/lib/studio/export-content';
import { runWithDb } from './run-with-db';

async function main(): Promise<number> {
  const i = process.argv.indexOf('--out');
  const outDir = path.resolve(i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : 'content');
  const r = await exportContent({ outDir });
  console.log(
    `Content exported to ${outDir}/pages: ${r.written} written, ${r.unchanged} unchanged, ${r.removed} removed.`,
  );
  return 0;
}

runWithDb(main);
