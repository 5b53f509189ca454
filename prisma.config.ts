// Prisma CLI configuration. Only `prisma generate` runs through the CLI here (see
// scripts/prisma-generate.mjs); migrations go through lib/db/schema-engine.ts because the CLI's migrate
// commands need a native engine binary we never download. So no datasource URL: generate must work
// with DATABASE_URL unset (fresh clone, CI, `npm install`).
import { defineConfig } from 'prisma/config';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
});
