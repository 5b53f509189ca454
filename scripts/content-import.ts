// npm run content:import [-- --if-empty]
// Loads content/pages into the database (new revisions only where a file changed) and the sub-processor
// register's baseline. --if-empty: only when the database has no pages yet (server start). Run it while
// the server is stopped when using the embedded database.
import './db-env';
import { db } from '@/lib/db';
import { importContent } from '@/lib/studio/import-content';
import { importRegisterBaseline } from '@/lib/subprocessors/import-baseline';
import { runWithDb } from './run-with-db';

async function main(): Promise<number> {
  const prisma = db();
  if (process.argv.includes('--if-empty') && (await prisma.contentPage.count()) > 0) {
    console.log('Content already in the database: not imported again.');
  } else {
    const r = await importContent({ client: prisma });
    console.log(`Content imported: ${r.files} files, ${r.pagesCreated} pages created, ${r.revisionsAdded} new revisions, ${r.unchanged} unchanged.`);
  }
  const register = await importRegisterBaseline(prisma);
  if (register.imported) console.log(`Sub-processor register: ${register.imported} entries imported.`);
  return 0;
}

runWithDb(main);
