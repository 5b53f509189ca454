// npm run db:seed [-- --if-empty]
// Loads the demo organizations and users. Refuses in production unless SEED_ALLOW_PRODUCTION=true.
// --if-empty (server start): only into an empty database, and only when DEMO_DATA is on.
import { getConfig } from '@/lib/config';
import { db } from '@/lib/db';
import { isDatabaseEmpty, seedDemoData } from '@/lib/db/seed';
import { restoreDemoDocumentFiles } from '@/lib/documents/seed-documents';
import { runWithDb } from './run-with-db';

const ifEmpty = process.argv.includes('--if-empty');

async function main(): Promise<number> {
  const config = getConfig();
  if (config.isProduction && !config.seedAllowProduction) {
    if (ifEmpty) {
      console.log('Demo data not loaded: NODE_ENV=production (set SEED_ALLOW_PRODUCTION=true to load it anyway).');
      return 0;
    }
    console.error(
      'Refusing to load demo data with NODE_ENV=production. Set SEED_ALLOW_PRODUCTION=true if you really mean it.',
    );
    return 1;
  }
  // At start (npm start / npm run dev): DEMO_DATA=false leaves an empty database to the first-run setup.
  if (ifEmpty && !config.demoData) {
    console.log('Demo data not loaded: DEMO_DATA is off. An empty database starts with the first-run setup at /setup.');
    return 0;
  }
  const prisma = db();
  if (ifEmpty && !(await isDatabaseEmpty(prisma))) {
    // The seed is one transaction, so data here means a whole seed; its files are written after the
    // commit, so put back any that a kill at that moment left out.
    const restored = await restoreDemoDocumentFiles(prisma);
    if (restored) console.log(`Restored ${restored} missing demo document file(s).`);
    console.log('Database already has data: demo data not loaded again.');
    return 0;
  }
  const report = await seedDemoData(prisma);
  console.log(
    `Demo data ready: ${report.organizations} organizations, ${report.usersCreated} users created, ${report.usersExisting} already present.`,
  );
  return 0;
}

runWithDb(main);
