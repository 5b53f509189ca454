// Issue 20, part 6: a registry like the audit coverage one. Every tenant-owned Prisma model names the
// integration test proving another organization cannot reach its rows (tests/fixtures/tenant-isolation-coverage.ts).
import { describe, expect, it } from 'vitest';
import {
  tenantOwnedModels,
  TENANT_ISOLATION_EXEMPT,
  TENANT_ISOLATION_REGISTRY,
  testSource,
} from '@/tests/fixtures/tenant-isolation-coverage';

describe('[R25] tenant isolation coverage', () => {
  const models = tenantOwnedModels();

  it('finds the tenant-owned models in prisma/schema.prisma', () => {
    expect(models.length).toBeGreaterThan(15);
    expect(models).toEqual(expect.arrayContaining(['Membership', 'ApiKey', 'IpAccessRule', 'CustomRole']));
    expect(
      tenantOwnedModels('model A {\n  id String\n  organizationId String? @db.Uuid\n}\nmodel B {\n  id String\n}\n'),
    ).toEqual(['A']);
  });

  it('every tenant-owned model has a cross-organization test or a reason it needs none', () => {
    const missing = models.filter((m) => !TENANT_ISOLATION_REGISTRY[m] && !TENANT_ISOLATION_EXEMPT[m]);
    expect(missing, 'add a cross-organization test to TENANT_ISOLATION_REGISTRY for each').toEqual([]);
  });

  it('no stale or double entries: each names a tenant-owned model, in one list only', () => {
    const listed = [...Object.keys(TENANT_ISOLATION_REGISTRY), ...Object.keys(TENANT_ISOLATION_EXEMPT)];
    expect(listed.filter((m) => !models.includes(m))).toEqual([]);
    expect(Object.keys(TENANT_ISOLATION_REGISTRY).filter((m) => m in TENANT_ISOLATION_EXEMPT)).toEqual([]);
  });

  it('every entry points at a test that exists, by file and exact title', () => {
    const broken = Object.entries(TENANT_ISOLATION_REGISTRY)
      .filter(([, t]) => !testSource(t.file)?.includes(t.title))
      .map(([model, t]) => `${model}: ${t.file} › ${t.title}`);
    expect(broken).toEqual([]);
  });
});
