// Customer organizations (Studio → Customers): create with a first Owner, suspend and reactivate, delete
// with an export first, restore within 30 days, purge after. Vendor contexts hold customers:manage
// explicitly (withPermissions), whatever the vendor roles are called.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authenticateApiKey } from '@/lib/api/authenticate-api-key';
import { loadSessionContext } from '@/lib/auth/session-context';
import { signInWithPassword } from '@/lib/auth/sign-in-with-password';
import { resetConfigForTests } from '@/lib/config';
import type { SignedInCtx } from '@/lib/context';
import { createCustomer } from '@/lib/customers/create-customer';
import { exportCustomer } from '@/lib/customers/export-customer';
import { inviteCustomerOwner } from '@/lib/customers/invite-customer-owner';
import { listCustomers } from '@/lib/customers/list-customers';
import { purgeCustomer, purgeDueCustomers, tenantTables } from '@/lib/customers/purge-customer';
import { reactivateCustomer } from '@/lib/customers/reactivate-customer';
import { requestCustomerDeletion } from '@/lib/customers/request-customer-deletion';
import { restoreCustomer } from '@/lib/customers/restore-customer';
import { suspendCustomer } from '@/lib/customers/suspend-customer';
import { suspensionOfSessionToken } from '@/lib/customers/suspension';
import { db } from '@/lib/db';
import { documentStorage } from '@/lib/documents/storage';
import { inviteUser } from '@/lib/users/invite-user';
import { switchOrganization } from '@/lib/users/switch-organization';
import {
  anonymousCtx,
  createOrganization,
  createUser,
  meta,
  outboxFor,
  signedInCtx,
  TEST_PASSWORD,
  withPermissions,
} from '@/tests/fixtures/factories';
import { apiRequest, newApiKey } from '@/tests/fixtures/ip-access';
import { GET as auditEventsRoute } from '@/app/api/v1/audit-events/route';
import { failure, type Org } from '@/tests/fixtures/users';

const run = promisify(execFile);
const SUPPORT = 'support@acme.example';

let vendor: Org;
let staff: SignedInCtx;
let storageDir: string;
let seq = 0;
const ip = () => `198.19.${Math.floor(++seq / 250)}.${(seq % 250) + 1}`;

beforeAll(async () => {
  storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'customers-docs-'));
  process.env.DOCUMENT_STORAGE_DIR = storageDir;
  resetConfigForTests();
  vendor = await createOrganization('Acme Mail', 'VENDOR');
  const person = await createUser({
    organizationId: vendor.id,
    role: 'compliance_editor',
    email: 'vendor-owner@acme.example',
  });
  staff = withPermissions(await signedInCtx(person, vendor), ['customers:manage']);
});
afterAll(() => {
  delete process.env.DOCUMENT_STORAGE_DIR;
  resetConfigForTests();
  fs.rmSync(storageDir, { recursive: true, force: true });
});

let slugSeq = 0;
/** A customer made through the use-case, with an owner and a member who signed in, and an API key. */
async function customerWorld(name = 'Umbrella') {
  const slug = `${name.toLowerCase()}-${++slugSeq}`;
  const created = await createCustomer(staff, { name, slug, ownerEmail: `first-owner-${slug}@umbrella.example` });
  const org = await db().organization.findUniqueOrThrow({ where: { id: created.id } });
  const owner = await createUser({ organizationId: org.id, role: 'owner', email: `owner-${slug}@umbrella.example` });
  const member = await createUser({ organizationId: org.id, role: 'member', email: `member-${slug}@umbrella.example` });
  const ownerCtx = await signedInCtx(owner, org, { reauthenticated: true });
  const memberCtx = await signedInCtx(member, org);
  const { secret } = await newApiKey(ownerCtx, 'Reporting');
  return { org, owner, member, ownerCtx, memberCtx, apiKey: secret };
}

describe('creating a customer organization', () => {
  it('creates it, invites its first Owner by email and audits both chains', async () => {
    const c = await createCustomer(staff, {
      name: 'Umbrella Corp',
      slug: 'Umbrella-Corp',
      emailDomains: 'umbrella.example, @umbrella.co.uk',
      ownerEmail: 'Alice@Umbrella.example',
    });
    expect(c).toMatchObject({ name: 'Umbrella Corp', slug: 'umbrella-corp', ownerEmail: 'alice@umbrella.example' });
    const org = await db().organization.findUniqueOrThrow({ where: { id: c.id } });
    expect(org).toMatchObject({
      kind: 'CUSTOMER',
      status: 'ACTIVE',
      invitationDomains: ['umbrella.example', 'umbrella.co.uk'],
    });
    const invitation = await db().invitation.findFirstOrThrow({ where: { organizationId: c.id } });
    expect(invitation).toMatchObject({ email: 'alice@umbrella.example', role: 'owner' });
    const mail = (await outboxFor('alice@umbrella.example')).find((m) => m.template === 'invitation');
    expect(mail?.text).toContain('Umbrella Corp');
    expect(mail?.text).toMatch(/\/invitation\?token=/);
    const vendorEvents = await db().auditEvent.findMany({
      where: { organizationId: vendor.id, targetId: { in: [c.id, invitation.id] } },
      orderBy: { seq: 'asc' },
    });
    expect(vendorEvents.map((e) => e.action)).toEqual(['customer.created', 'customer.owner_invited']);
    const customerEvents = await db().auditEvent.findMany({ where: { organizationId: c.id }, orderBy: { seq: 'asc' } });
    expect(customerEvents.map((e) => [e.action, e.actorType])).toEqual([
      ['customer.created', 'VENDOR_STAFF'],
      ['user.invited', 'VENDOR_STAFF'],
    ]);

    const listed = (await listCustomers(staff)).find((x) => x.id === c.id);
    expect(listed).toMatchObject({
      members: 0,
      membersWithTwoFactor: 0,
      pendingInvitations: 1,
      ipListsOn: [],
      lastSignInAt: null,
      status: 'ACTIVE',
    });
  });

  it('refuses a malformed or taken slug with a clear message, and an owner outside the email domains', async () => {
    const bad = await failure(createCustomer(staff, { name: 'Bad', slug: 'no spaces!', ownerEmail: 'a@bad.example' }));
    expect(bad.code).toBe('VALIDATION');
    expect(bad.fieldErrors?.slug?.[0]).toMatch(/lower-case letters, digits and single hyphens/);
    await createCustomer(staff, { name: 'Taken', slug: 'taken-slug', ownerEmail: 'a@taken.example' });
    const taken = await failure(
      createCustomer(staff, { name: 'Taken again', slug: 'taken-slug', ownerEmail: 'b@taken.example' }),
    );
    expect(taken.code).toBe('CONFLICT');
    expect(taken.message).toBe('The slug “taken-slug” is already used by another organization. Choose another.');
    const domains = await failure(
      createCustomer(staff, {
        name: 'Domains',
        slug: 'domains-co',
        emailDomains: 'domains.example',
        ownerEmail: 'x@gmail.example',
      }),
    );
    expect(domains.fieldErrors?.ownerEmail?.[0]).toBe(
      'Invitations to this organization are limited to @domains.example.',
    );
    const badDomain = await failure(
      createCustomer(staff, {
        name: 'Domains',
        slug: 'domains-co',
        emailDomains: 'not a domain',
        ownerEmail: 'x@gmail.example',
      }),
    );
    expect(badDomain.fieldErrors?.emailDomains?.[0]).toMatch(/^Not a domain name: not/);
    expect(await db().organization.count({ where: { slug: 'domains-co' } })).toBe(0);
  });

  it("the customer's own administrators are held to the email domains too", async () => {
    const c = await createCustomer(staff, {
      name: 'Limited',
      slug: 'limited',
      emailDomains: 'limited.example',
      ownerEmail: 'boss@limited.example',
    });
    const org = await db().organization.findUniqueOrThrow({ where: { id: c.id } });
    const admin = await createUser({ organizationId: org.id, role: 'owner' });
    const adminCtx = await signedInCtx(admin, org, { reauthenticated: true });
    const err = await failure(inviteUser(adminCtx, { email: 'someone@elsewhere.example', role: 'member' }));
    expect(err.fieldErrors?.email?.[0]).toBe('Invitations to this organization are limited to @limited.example.');
    await expect(inviteUser(adminCtx, { email: 'someone@limited.example', role: 'member' })).resolves.toMatchObject({
      email: 'someone@limited.example',
    });
  });

  it('[R25] only vendor staff holding customers:manage; a customer holding it is refused and audited', async () => {
    const person = await createUser({ organizationId: vendor.id, role: 'compliance_editor' });
    const without = withPermissions(await signedInCtx(person, vendor), ['content:edit']);
    expect(
      (await failure(createCustomer(without, { name: 'Nope', slug: 'nope', ownerEmail: 'a@nope.example' }))).code,
    ).toBe('FORBIDDEN');
    const other = await createOrganization('Customer With Power');
    const theirs = await createUser({ organizationId: other.id, role: 'owner' });
    const theirCtx = withPermissions(await signedInCtx(theirs, other), ['customers:manage']);
    expect((await failure(listCustomers(theirCtx))).code).toBe('FORBIDDEN');
    const denied = await db().auditEvent.findFirst({ where: { organizationId: other.id, action: 'access.denied' } });
    expect(denied?.outcome).toBe('DENIED');
  });

  it('[R25] the vendor organization itself can never be suspended or deleted; unknown ids answer NOT_FOUND', async () => {
    expect((await failure(suspendCustomer(staff, { customerId: vendor.id }))).code).toBe('NOT_FOUND');
    expect(
      (await failure(requestCustomerDeletion(staff, { customerId: vendor.id, confirmSlug: vendor.slug }))).code,
    ).toBe('NOT_FOUND');
    expect((await failure(exportCustomer(staff, { customerId: vendor.id, part: 'data' }))).code).toBe('NOT_FOUND');
    expect((await failure(reactivateCustomer(staff, { customerId: crypto.randomUUID() }))).code).toBe('NOT_FOUND');
    expect((await failure(suspendCustomer(staff, { customerId: 'not-an-id' }))).code).toBe('VALIDATION');
    expect((await db().organization.findUniqueOrThrow({ where: { id: vendor.id } })).status).toBe('ACTIVE');
  });
});

describe('suspending and reactivating', () => {
  it('suspend ends every session on the next request, refuses sign-in and API keys with whom to contact, emails owners', async () => {
    const w = await customerWorld('Suspendable');
    expect(await loadSessionContext(w.memberCtx.sessionToken)).not.toBeNull();
    await expect(authenticateApiKey(`Bearer ${w.apiKey}`, meta({ ip: ip() }))).resolves.toMatchObject({
      organization: { id: w.org.id },
    });

    const result = await suspendCustomer(staff, { customerId: w.org.id });
    expect(result.sessionsEnded).toBe(2);
    // The member's next request: no session, and the reason is known for the /suspended page.
    expect(await loadSessionContext(w.memberCtx.sessionToken)).toBeNull();
    expect(await loadSessionContext(w.ownerCtx.sessionToken)).toBeNull();
    const notice = await suspensionOfSessionToken(w.memberCtx.sessionToken);
    expect(notice).toEqual({
      organizationName: 'Suspendable',
      status: 'SUSPENDED',
      message: `Suspendable is suspended. Contact ${SUPPORT} to have it reactivated.`,
    });

    const signIn = await failure(
      signInWithPassword(anonymousCtx({ ip: ip() }), { email: w.member.email, password: TEST_PASSWORD }),
    );
    expect(signIn.code).toBe('ORGANIZATION_SUSPENDED');
    expect(signIn.message).toBe(`Suspendable is suspended. Contact ${SUPPORT} to have it reactivated.`);
    const api = await failure(authenticateApiKey(`Bearer ${w.apiKey}`, meta({ ip: ip() })));
    expect(api.code).toBe('ORGANIZATION_SUSPENDED');
    expect(api.message).toContain(SUPPORT);
    // Over HTTP: a 403 JSON answer with the code and the same words, never the organization's data.
    const res = await auditEventsRoute(apiRequest('/api/v1/audit-events', { key: w.apiKey, peer: ip() }), {
      params: Promise.resolve({}),
    });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({
      code: 'ORGANIZATION_SUSPENDED',
      error: `Suspendable is suspended. Contact ${SUPPORT} to have it reactivated.`,
    });

    // A session that appears afterwards (a sign-in already past its checks) ends on its first request too.
    const late = await signedInCtx(w.owner, w.org);
    expect(await loadSessionContext(late.sessionToken)).toBeNull();

    const mail = (await outboxFor(w.owner.email)).find((m) => m.template === 'customer-suspended');
    expect(mail?.text).toContain(SUPPORT);
    expect(
      (await db().auditEvent.findMany({ where: { targetId: w.org.id, action: 'customer.suspended' } }))
        .map((e) => e.organizationId)
        .sort(),
    ).toEqual([vendor.id, w.org.id].sort());
    const refusals = await db().auditEvent.findMany({
      where: { organizationId: w.org.id, action: 'customer.access_refused' },
    });
    expect(refusals.map((e) => e.actorType).sort()).toEqual(['API_KEY', 'API_KEY', 'USER']);

    expect((await failure(suspendCustomer(staff, { customerId: w.org.id }))).message).toBe(
      'Suspendable is already suspended.',
    );
    expect(
      (await failure(inviteCustomerOwner(staff, { customerId: w.org.id, email: 'new@umbrella.example' }))).code,
    ).toBe('CONFLICT');

    await reactivateCustomer(staff, { customerId: w.org.id });
    await expect(
      signInWithPassword(anonymousCtx({ ip: ip() }), { email: w.member.email, password: TEST_PASSWORD }),
    ).resolves.toMatchObject({ next: 'complete' });
    await expect(authenticateApiKey(`Bearer ${w.apiKey}`, meta({ ip: ip() }))).resolves.toMatchObject({
      organization: { id: w.org.id },
    });
    expect((await outboxFor(w.owner.email)).some((m) => m.template === 'customer-reactivated')).toBe(true);
    // Ended sessions stay ended: members sign in again.
    expect(await loadSessionContext(w.memberCtx.sessionToken)).toBeNull();
  });
});

describe('members of several organizations', () => {
  it('sign-in skips a suspended organization, and switching into it is refused with the reason', async () => {
    const w = await customerWorld('Partly');
    const home = await createOrganization('Home Co');
    const both = await createUser({
      organizationId: w.org.id,
      role: 'member',
      email: `both-${slugSeq}@umbrella.example`,
    });
    await db().membership.create({ data: { userId: both.id, organizationId: home.id, role: 'member' } });
    await suspendCustomer(staff, { customerId: w.org.id });
    const step = await signInWithPassword(anonymousCtx({ ip: ip() }), { email: both.email, password: TEST_PASSWORD });
    expect(step.next).toBe('complete');
    const ticket = await db().signInTicket.findFirstOrThrow({
      where: { userId: both.id },
      orderBy: { createdAt: 'desc' },
    });
    expect(ticket.organizationId).toBe(home.id);
    const homeCtx = await signedInCtx(both, home);
    const err = await failure(switchOrganization(homeCtx, { organizationId: w.org.id }));
    expect(err.code).toBe('ORGANIZATION_SUSPENDED');
    expect(err.message).toBe(`Partly is suspended. Contact ${SUPPORT} to have it reactivated.`);
    expect(await loadSessionContext(homeCtx.sessionToken)).not.toBeNull();
  });
});

async function download(body: ReadableStream<Uint8Array>): Promise<string> {
  return new Response(body).text();
}

describe('deleting', () => {
  it('the export before deletion: data as JSON without secrets, audit log verifying with --complete', async () => {
    const w = await customerWorld('Exported');
    const data = JSON.parse(await download((await exportCustomer(staff, { customerId: w.org.id, part: 'data' })).body));
    expect(data.organization).toMatchObject({ id: w.org.id, slug: w.org.slug });
    expect(data.members.map((m: { user: { email: string } }) => m.user.email).sort()).toEqual(
      [w.member.email, w.owner.email].sort(),
    );
    expect(data.tables.ApiKey).toHaveLength(1);
    expect(data.tables.Invitation).toHaveLength(1);
    const text = JSON.stringify(data);
    expect(text).not.toMatch(/secretHash|tokenHash|passwordHash/);
    // The secret is everything after tc_<10 hex>_: base64url, so it may contain '_' itself.
    expect(text).not.toContain(w.apiKey.slice('tc_0123456789_'.length));

    const audit = await exportCustomer(staff, { customerId: w.org.id, part: 'audit' });
    expect(audit.filename).toMatch(/^audit-log-exported-\d+-.*\.jsonl$/);
    const file = path.join(storageDir, audit.filename);
    fs.writeFileSync(file, await download(audit.body));
    const lines = fs
      .readFileSync(file, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.action)).toContain('customer.exported');
    const { stdout } = await run(process.execPath, ['scripts/verify-audit-export.mjs', '--complete', file]);
    // The last line is the export's signed checkpoint; the rest are the events, from the chain's genesis.
    expect(lines.at(-1).type).toBe('audit.checkpoint');
    expect(stdout).toMatch(new RegExp(`✔ ${lines.length - 1} events verified; .*complete chain from its genesis`));
  });

  it('requires the slug typed, ends sessions, can be restored within 30 days, and is not purged early', async () => {
    const w = await customerWorld('Restorable');
    const wrong = await failure(requestCustomerDeletion(staff, { customerId: w.org.id, confirmSlug: 'restorable' }));
    expect(wrong.fieldErrors?.confirmSlug?.[0]).toBe(`Type “${w.org.slug}” to confirm.`);
    const { purgeAfter } = await requestCustomerDeletion(staff, { customerId: w.org.id, confirmSlug: w.org.slug });
    expect(Date.parse(purgeAfter) - Date.now()).toBeGreaterThan(29.9 * 86_400_000);
    expect(await loadSessionContext(w.ownerCtx.sessionToken)).toBeNull();
    const signIn = await failure(
      signInWithPassword(anonymousCtx({ ip: ip() }), { email: w.owner.email, password: TEST_PASSWORD }),
    );
    expect(signIn.message).toBe(
      `Restorable is scheduled for deletion and can no longer be used. Contact ${SUPPORT} if this is a mistake.`,
    );
    expect((await failure(authenticateApiKey(`Bearer ${w.apiKey}`, meta({ ip: ip() })))).code).toBe(
      'ORGANIZATION_SUSPENDED',
    );
    expect((await outboxFor(w.owner.email)).find((m) => m.template === 'customer-deletion-scheduled')?.text).toContain(
      SUPPORT,
    );

    expect(await purgeCustomer(w.org.id)).toBeNull();
    expect(await purgeDueCustomers()).toEqual([]);
    // Nobody can remove its audit chain outside the purge, not even now.
    await expect(
      db().$executeRawUnsafe('DELETE FROM "AuditEvent" WHERE "organizationId" = $1::uuid', w.org.id),
    ).rejects.toThrow(/append-only/);

    expect(await restoreCustomer(staff, { customerId: w.org.id })).toEqual({ id: w.org.id, status: 'ACTIVE' });
    await expect(
      signInWithPassword(anonymousCtx({ ip: ip() }), { email: w.owner.email, password: TEST_PASSWORD }),
    ).resolves.toMatchObject({ next: 'complete' });
    expect(
      (await db().auditEvent.findMany({ where: { targetId: w.org.id, action: 'customer.restored' } }))
        .map((e) => e.organizationId)
        .sort(),
    ).toEqual([vendor.id, w.org.id].sort());
  });

  it('a suspended organization restored from deletion stays suspended', async () => {
    const w = await customerWorld('Stays');
    await suspendCustomer(staff, { customerId: w.org.id });
    await requestCustomerDeletion(staff, { customerId: w.org.id, confirmSlug: w.org.slug });
    expect(await restoreCustomer(staff, { customerId: w.org.id })).toEqual({ id: w.org.id, status: 'SUSPENDED' });
  });

  it("after 30 days the purge removes its rows, users and files, anchors its chain in the vendor's, and touches no other tenant", async () => {
    const bystander = await customerWorld('Bystander');
    await suspendCustomer(staff, { customerId: bystander.org.id });
    const w = await customerWorld('Doomed');
    // Someone who is also a member elsewhere keeps their account; their membership here goes.
    await db().membership.create({ data: { userId: bystander.member.id, organizationId: w.org.id, role: 'member' } });
    const doc = await db().document.create({
      data: {
        organizationId: w.org.id,
        slug: `doomed-doc-${slugSeq}`,
        title: 'Doomed report',
        category: 'Reports',
        description: 'x',
        version: '1',
      },
    });
    const key = `documents/doomed-${slugSeq}.pdf`;
    await documentStorage().put(key, new TextEncoder().encode('%PDF-1.7 doomed'));
    await db().documentFile.create({
      data: {
        documentId: doc.id,
        version: '1',
        storageKey: key,
        fileName: 'doomed.pdf',
        contentType: 'application/pdf',
        size: 15,
        sha256: 'x',
        uploadedByLabel: 'test',
      },
    });
    await db().notification.create({
      data: { userId: w.owner.id, organizationId: w.org.id, event: 'test', title: 't', body: 'b' },
    });

    const exported = await download((await exportCustomer(staff, { customerId: w.org.id, part: 'audit' })).body);
    // Asked 31 days ago: the restore period is over now.
    await requestCustomerDeletion(
      staff,
      { customerId: w.org.id, confirmSlug: w.org.slug },
      new Date(Date.now() - 31 * 86_400_000),
    );
    const lastExported = JSON.parse(exported.trim().split('\n').at(-2)!); // the last line is the signed checkpoint
    const chainEnd = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: w.org.id },
      orderBy: { seq: 'desc' },
    });
    const eventsBefore = await db().auditEvent.count({ where: { organizationId: w.org.id } });
    expect((await failure(restoreCustomer(staff, { customerId: w.org.id }))).message).toBe(
      'The restore period of Doomed is over: it is being removed.',
    );

    const tables = await tenantTables();
    expect(tables).toEqual(
      expect.arrayContaining([
        'AuditEvent',
        'Membership',
        'Session',
        'ApiKey',
        'Invitation',
        'Document',
        'Notification',
      ]),
    );
    const countsOfOthers = async () => {
      const out: Record<string, number> = {};
      for (const t of tables) {
        const rows = await db().$queryRawUnsafe<{ org: string | null; n: number }[]>(
          `SELECT "organizationId"::text AS org, count(*)::int AS n FROM "${t}" WHERE "organizationId" IS DISTINCT FROM $1::uuid GROUP BY 1`,
          w.org.id,
        );
        for (const r of rows) out[`${t}:${r.org}`] = r.n;
      }
      return out;
    };
    const before = await countsOfOthers();
    const usersBefore = await db().user.count();

    const purged = await purgeDueCustomers();
    expect(purged).toHaveLength(1);
    expect(purged[0]).toMatchObject({
      organizationId: w.org.id,
      filesRemoved: 1,
      removed: { User: 2, AuditEvent: eventsBefore, Organization: 1, Document: 1 },
    });

    // Every other organization's rows, in every tenant table, are as they were; the vendor's chain gained the anchor.
    const after = await countsOfOthers();
    expect(after[`AuditEvent:${vendor.id}`]).toBe(before[`AuditEvent:${vendor.id}`]! + 1);
    expect({ ...after, [`AuditEvent:${vendor.id}`]: 0 }).toEqual({ ...before, [`AuditEvent:${vendor.id}`]: 0 });
    expect(await db().user.count()).toBe(usersBefore - 2);
    expect(await db().user.findUnique({ where: { id: bystander.member.id } })).not.toBeNull();

    for (const t of tables) {
      const rows = await db().$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "${t}" WHERE "organizationId" = $1::uuid`,
        w.org.id,
      );
      expect(rows[0]?.n, `${t} rows of the purged organization`).toBe(0);
    }
    expect(await db().organization.findUnique({ where: { id: w.org.id } })).toBeNull();
    expect(fs.existsSync(path.join(storageDir, key))).toBe(false);

    const anchor = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: vendor.id, action: 'customer.purged', targetId: w.org.id },
    });
    expect(anchor.actorType).toBe('SYSTEM');
    const changes = anchor.changes as { customerChain: { events: number; lastSha256: string } };
    expect(changes.customerChain).toMatchObject({ events: eventsBefore, lastSha256: chainEnd.hash });
    // The export taken before deletion ends in the chain the anchor names (the deletion request came after it).
    expect(lastExported.action).toBe('customer.exported');
    expect((await outboxFor(w.owner.email)).some((m) => m.template === 'customer-purged')).toBe(true);
    // And the bystander is still suspended, untouched.
    expect((await db().organization.findUniqueOrThrow({ where: { id: bystander.org.id } })).status).toBe('SUSPENDED');
  });
});
