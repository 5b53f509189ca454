// npm run db:migration -- <name> — writes prisma/migrations/<UTC timestamp>_<name>/migration.sql with
// what schema.prisma changed since the last migration. Needs no database server: the migrations are
// replayed on an in-memory PGlite. Review the SQL, then `npm run db:migrate`.
import { reportFailure } from './db-env';
import { createMigration } from '@/lib/db/schema-engine';

const name = process.argv.slice(2).join('_');
if (!name) {
  console.error('Usage: npm run db:migration -- <name>   (e.g. npm run db:migration -- add_api_keys)');
  process.exit(2);
}

try {
  const created = await createMigration(name);
  if (!created) {
    console.log('No changes: schema.prisma matches prisma/migrations. Nothing written.');
  } else {
    console.log(`Wrote ${created.file}:\n`);
    console.log(created.sql);
    console.log('Review it (add hand-written SQL at the end if needed), then run npm run db:migrate.');
  }
} catch (err) {
  reportFailure(err);
}
