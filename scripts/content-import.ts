// npm run content:import [-- --if-empty]
// Loads content/pages into the database (new revisions only where a file changed) and the sub-processor
// register's baseline. --if-empty: only when the database has no pages yet (server start). Run it while
// the server is stopped when using the embedded database.
import './db-env';
import { db } from '@/lib/db';
import { getConfig } from '@/lib/config';
import { outdateDemoTranslation } from '@/lib/studio/demo-outdated-translation';
import { importContent } from '@/lib/studio/import-content';
import { importRegisterBaseline } from '@/lib/subprocessors/import-baseline';
import { isSetupRequired } from '@/lib/setup/setup-state';
import { runWithDb } from './run-with-db';

async function main(): Promise<number> {
  const prisma = db();
  // Before the first-run setup there is no vendor whose chain records the import: the setup imports it.
  if (process.argv.includes('--if-empty') && (await isSetupRequired(prisma))) {
    console.log('Content not imported yet: the first-run setup (/setup) imports it.');
    return 0;
  }
  if (process.argv.includes('--if-empty') && (await prisma.contentPage.count()) > 0) {
    console.log('Content already in the database: not imported again.');
  } else {
    const r = await importContent({ client: prisma });
    console.log(
      `Content imported: ${r.files} files, ${r.pagesCreated} pages created, ${r.revisionsAdded} new revisions, ${r.unchanged} unchanged.`,
    );
  }
  // The demo keeps one translation outdated (issue 18): the German sub-processor policy page.
  if (getConfig().demoData && (await outdateDemoTranslation(prisma)))
    console.log(
      'Demo: the English sub-processor policy page has a later revision; its German translation is outdated.',
    );
  const register = await importRegisterBaseline(prisma);
  if (register.imported) console.log(`Sub-processor register: ${register.imported} entries imported.`);
  return 0;
}

runWithDb(main);
