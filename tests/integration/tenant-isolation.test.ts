// Cross-organization tests for tenant-owned models that had none (tests/fixtures/tenant-isolation-coverage.ts
// lists which test covers each model): one organization's rows never reach another's screens or actions.
import { beforeAll, describe, expect, it } from 'vitest';
import { addAutoApproveRule, listAutoApproveRules, removeAutoApproveRule } from '@/lib/documents/auto-approve-rules';
import { listDocuments } from '@/lib/documents/list-documents';
import { db } from '@/lib/db';
import { documentWorld } from '@/tests/fixtures/documents';
import { withPermissions } from '@/tests/fixtures/factories';

let w: Awaited<ReturnType<typeof documentWorld>>;
beforeAll(async () => {
  w = await documentWorld();
});

describe('documents', () => {
  it('[R25] another organization neither lists nor removes a document auto-approve rule', async () => {
    const staff = withPermissions(w.staff, ['content:publish']);
    // The outsider holds the same permission in its own organization: only the organization differs.
    const outsider = withPermissions(w.outsider, ['content:publish']);
    const rule = await addAutoApproveRule(staff, { domain: 'customer.example', expiryDays: 30 });
    expect(await listAutoApproveRules(outsider)).toEqual([]);
    await expect(removeAutoApproveRule(outsider, { ruleId: rule.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listAutoApproveRules(staff)).map((r) => r.id)).toEqual([rule.id]);
  });

  it('[R25] views and downloads are counted only from the library’s own organization', async () => {
    await db().documentEvent.createMany({
      data: [
        { organizationId: w.vendor.id, documentId: w.gated.id, kind: 'VIEW' },
        { organizationId: w.vendor.id, documentId: w.gated.id, kind: 'DOWNLOAD' },
        // Rows of another organization naming the same document id: never counted in this library.
        { organizationId: w.customer.id, documentId: w.gated.id, kind: 'VIEW' },
        { organizationId: w.customer.id, documentId: w.gated.id, kind: 'DOWNLOAD' },
      ],
    });
    const gated = (await listDocuments(w.staff)).find((d) => d.id === w.gated.id)!;
    expect({ views: gated.views, downloads: gated.downloads }).toEqual({ views: 1, downloads: 1 });
    expect(await listDocuments(w.outsider)).toEqual([]);
  });
});
