// IP allowlists: changes (sudo, permission, tenancy, validation, empty lists, lockout confirmation),
// their audit with before/after lists and the administrators' emails, import/export and the test tool.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { addIpRule } from '@/lib/ip-access/add-ip-rule';
import { getIpAccessSettings } from '@/lib/ip-access/get-ip-access-settings';
import { importIpRules } from '@/lib/ip-access/import-ip-rules';
import { previewIpImport } from '@/lib/ip-access/preview-ip-import';
import { removeIpRule } from '@/lib/ip-access/remove-ip-rule';
import { setIpListEnabled } from '@/lib/ip-access/set-ip-list-enabled';
import { testIpAddress } from '@/lib/ip-access/test-ip-address';
import { ZAddIpRuleSchema, ZTestIpAddressSchema } from '@/lib/validation/ip-access';
import { auditActions, outboxFor } from '@/tests/fixtures/factories';
import { fromIp, ipAccessWorld, rulesOf, saved } from '@/tests/fixtures/ip-access';

const caught = async (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e as AppError,
  );

let world: Awaited<ReturnType<typeof ipAccessWorld>>;
beforeAll(async () => {
  world = await ipAccessWorld('Rules Co', '203.0.113.10');
});

describe('IP rules: who may change them', () => {
  it('[R23] every change needs sudo mode (a recent password re-entry); nothing changes without it', async () => {
    const err = await caught(addIpRule(world.adminCtx, { scope: 'smtp', address: '192.0.2.0/24', label: 'Mail' }));
    expect(err?.code).toBe('REAUTH_REQUIRED');
    const err2 = await caught(setIpListEnabled(world.adminCtx, { scope: 'api', enabled: false }));
    expect(err2?.code).toBe('REAUTH_REQUIRED');
    expect(await rulesOf(world.org.id, 'SMTP')).toEqual([]);
  });

  it('[R25] [R27] a member without ip-access:manage is refused, and the refusal audited', async () => {
    const err = await caught(addIpRule(world.memberCtx, { scope: 'smtp', address: '192.0.2.0/24', label: 'Mail' }));
    expect(err?.code).toBe('FORBIDDEN');
    const denied = await db().auditEvent.findFirst({
      where: { organizationId: world.org.id, action: 'access.denied', actorId: world.member.id },
    });
    expect(denied?.changes).toMatchObject({ permission: 'ip-access:manage' });
  });

  it('[R25] another organization’s rule id answers NOT_FOUND and the rule stays', async () => {
    const other = await ipAccessWorld('Other Co');
    saved(await addIpRule(other.ownerCtx, { scope: 'smtp', address: '198.51.100.0/24', label: 'Theirs' }));
    const theirs = await db().ipAccessRule.findFirstOrThrow({ where: { organizationId: other.org.id } });
    const err = await caught(removeIpRule(world.ownerCtx, { ruleId: theirs.id }));
    expect(err?.code).toBe('NOT_FOUND');
    expect(await rulesOf(other.org.id, 'SMTP')).toEqual(['198.51.100.0/24']);
    // Their lists never show up in ours.
    const mine = await getIpAccessSettings(world.ownerCtx);
    expect(mine.scopes.flatMap((s) => s.rules.map((r) => r.address))).not.toContain('198.51.100.0/24');
  });
});

describe('IP rules: validation', () => {
  const fieldError = (address: string) => {
    const r = ZAddIpRuleSchema.safeParse({ scope: 'panel', address, label: 'x' });
    return r.success ? null : r.error.issues.find((i) => i.path[0] === 'address')?.message;
  };

  it('each mistake gets its own message on the address field', () => {
    expect(fieldError('10.0.0.300')).toMatch(/^Octet out of range/);
    expect(fieldError('10.0.0.1/33')).toMatch(/^Prefix too long/);
    expect(fieldError('10.0.0.1/24')).toMatch(/^Host bits set: .* Use 10\.0\.0\.0\/24 for the whole network/);
    expect(fieldError('2001:db8::g')).toMatch(/not a hexadecimal digit/);
    expect(
      ZAddIpRuleSchema.safeParse({ scope: 'panel', address: '10.0.0.0/8', label: '  ' }).error?.issues[0]?.message,
    ).toMatch(/Add a label/);
    expect(
      ZAddIpRuleSchema.safeParse({ scope: 'ftp', address: '10.0.0.0/8', label: 'x' }).error?.issues[0]?.message,
    ).toMatch(/panel, API or SMTP/);
    expect(ZTestIpAddressSchema.safeParse({ address: '10.0.0.300' }).error?.issues[0]?.message).toMatch(
      /^Octet out of range/,
    );
  });

  it('the use-case validates its own input too (not only the form): same messages, nothing stored', async () => {
    for (const [address, message] of [
      ['10.0.0.300', /^Octet out of range/],
      ['10.0.0.1/33', /^Prefix too long/],
      ['10.0.0.1/24', /^Host bits set/],
    ] as const) {
      const err = await caught(addIpRule(world.ownerCtx, { scope: 'panel', address, label: 'x' }));
      expect(err?.code).toBe('VALIDATION');
      expect(err?.fieldErrors?.address?.[0]).toMatch(message);
    }
    expect(await rulesOf(world.org.id, 'PANEL')).toEqual([]);
  });

  it('stores the canonical network, and refuses a duplicate with a message naming the existing entry', async () => {
    saved(await addIpRule(world.ownerCtx, { scope: 'smtp', address: '::ffff:192.0.2.0/120', label: 'Mail relays' }));
    expect(await rulesOf(world.org.id, 'SMTP')).toEqual(['192.0.2.0/24']);
    const err = await caught(addIpRule(world.ownerCtx, { scope: 'smtp', address: '192.0.2.0/24', label: 'Again' }));
    expect(err?.code).toBe('VALIDATION');
    expect(err?.fieldErrors?.address?.[0]).toBe('192.0.2.0/24 is already in this list, labelled “Mail relays”.');
  });
});

describe('IP rules: an empty enabled list never locks everyone out', () => {
  it('turning on an empty list is refused with a message', async () => {
    const err = await caught(setIpListEnabled(world.ownerCtx, { scope: 'api', enabled: true }));
    expect(err?.code).toBe('VALIDATION');
    expect(err?.message).toMatch(/list is empty: turning it on would refuse everyone/);
  });

  it('removing the last entry of an enabled list, or importing an empty list into it, is refused', async () => {
    const w = await ipAccessWorld('Empty Co');
    saved(await addIpRule(w.ownerCtx, { scope: 'api', address: '198.51.100.9', label: 'CI runner' }));
    saved(await setIpListEnabled(w.ownerCtx, { scope: 'api', enabled: true }));
    const rule = await db().ipAccessRule.findFirstOrThrow({ where: { organizationId: w.org.id } });
    expect((await caught(removeIpRule(w.ownerCtx, { ruleId: rule.id })))?.message).toMatch(
      /last address of a list that is on/,
    );
    const { version } = await previewIpImport(w.ownerCtx, { scope: 'api', text: '# nothing' });
    expect(
      (await caught(importIpRules(w.ownerCtx, { scope: 'api', text: '# nothing', expectedVersion: version })))?.message,
    ).toMatch(/would refuse everyone/);
    expect(await rulesOf(w.org.id, 'API')).toEqual(['198.51.100.9/32']);
  });
});

describe('IP rules: lockout protection', () => {
  it('[R23] saving a panel list that refuses the admin’s own address needs a confirmation naming that address', async () => {
    const w = await ipAccessWorld('Lockout Co', '203.0.113.10');
    saved(await addIpRule(w.ownerCtx, { scope: 'panel', address: '198.51.100.0/24', label: 'Branch office' }));
    const versionBefore = (await db().organization.findUniqueOrThrow({ where: { id: w.org.id } })).ipAccessVersion;

    expect(await setIpListEnabled(w.ownerCtx, { scope: 'panel', enabled: true })).toEqual({
      status: 'confirm-lockout',
      ip: '203.0.113.10',
    });
    // Confirming some other address is not confirming this one.
    expect(
      await setIpListEnabled(w.ownerCtx, { scope: 'panel', enabled: true, confirmLockoutIp: '198.51.100.1' }),
    ).toEqual({
      status: 'confirm-lockout',
      ip: '203.0.113.10',
    });
    const unchanged = await db().organization.findUniqueOrThrow({ where: { id: w.org.id } });
    expect(unchanged.ipAccessVersion).toBe(versionBefore);
    expect(
      await db().ipAccessList.findFirst({ where: { organizationId: w.org.id, scope: 'PANEL', enabled: true } }),
    ).toBeNull();

    expect(
      saved(await setIpListEnabled(w.ownerCtx, { scope: 'panel', enabled: true, confirmLockoutIp: '203.0.113.10' }))
        .enabled,
    ).toBe(true);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: w.org.id, action: 'ip_access.list_enabled' },
    });
    expect(event.ip).toBe('203.0.113.10');

    // From an allowed address, removing the entry that allows you asks again; an unrelated entry does not.
    const branch = fromIp(w.ownerCtx, '198.51.100.7');
    saved(await addIpRule(branch, { scope: 'panel', address: '192.0.2.0/24', label: 'HQ' }));
    const own = await db().ipAccessRule.findFirstOrThrow({
      where: { organizationId: w.org.id, cidr: '198.51.100.0/24' },
    });
    expect(await removeIpRule(branch, { ruleId: own.id })).toEqual({ status: 'confirm-lockout', ip: '198.51.100.7' });
    // An import that keeps the admin's address needs no confirmation.
    const { version } = await previewIpImport(branch, {
      scope: 'panel',
      text: '198.51.100.0/24 # Branch office\n2001:db8::/32 # v6',
    });
    saved(
      await importIpRules(branch, {
        scope: 'panel',
        text: '198.51.100.0/24 # Branch office\n2001:db8::/32 # v6',
        expectedVersion: version,
      }),
    );
  });

  it('the preview warns before the admin even tries', async () => {
    const w = await ipAccessWorld('Preview Co', '203.0.113.10');
    saved(await addIpRule(w.ownerCtx, { scope: 'panel', address: '203.0.113.0/24', label: 'Office' }));
    saved(await setIpListEnabled(w.ownerCtx, { scope: 'panel', enabled: true }));
    const preview = await previewIpImport(w.ownerCtx, { scope: 'panel', text: '198.51.100.0/24 # Elsewhere' });
    expect(preview.wouldRefuseIp).toBe('203.0.113.10');
  });
});

describe('IP rules: audit and notifications', () => {
  it('[R27] each change is audited with the before/after lists and emails every administrator', async () => {
    const w = await ipAccessWorld('Audit Co', '203.0.113.10');
    saved(await addIpRule(w.ownerCtx, { scope: 'smtp', address: '192.0.2.0/24', label: 'Relays' }));
    saved(await addIpRule(w.ownerCtx, { scope: 'smtp', address: '2001:db8:100::/48', label: 'Relays v6' }));
    saved(await setIpListEnabled(w.ownerCtx, { scope: 'smtp', enabled: true }));
    const rule = await db().ipAccessRule.findFirstOrThrow({
      where: { organizationId: w.org.id, cidr: '192.0.2.0/24' },
    });
    saved(await removeIpRule(w.ownerCtx, { ruleId: rule.id }));

    const actions = await auditActions(w.org.id);
    expect(actions.filter((a) => a.startsWith('ip_access.'))).toEqual([
      'ip_access.rule_added',
      'ip_access.rule_added',
      'ip_access.list_enabled',
      'ip_access.rule_removed',
    ]);
    const removal = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: w.org.id, action: 'ip_access.rule_removed' },
    });
    expect(removal).toMatchObject({
      actorType: 'USER',
      actorId: w.owner.id,
      targetType: 'ip_access_list',
      targetId: 'smtp',
      ip: '203.0.113.10',
    });
    expect(removal.changes).toEqual({
      scope: 'smtp',
      before: { enabled: true, rules: ['192.0.2.0/24 (Relays)', '2001:db8:100::/48 (Relays v6)'] },
      after: { enabled: true, rules: ['2001:db8:100::/48 (Relays v6)'] },
      added: [],
      removed: ['192.0.2.0/24'],
    });

    // Owner and admin administer security: both are emailed about each change; the member is not.
    for (const admin of [w.owner, w.admin]) {
      const mails = (await outboxFor(admin.email)).filter((m) => m.template === 'ip_access.changed');
      expect(mails).toHaveLength(4);
      expect(mails[3]!.subject).toBe('IP access rules changed for Audit Co (SMTP sending)');
      expect(mails[3]!.text).toContain('Removed 192.0.2.0/24 (Relays).');
      expect(mails[3]!.text).toContain(`${w.owner.name} (${w.owner.email})`);
      expect(mails[3]!.text).toContain('from 203.0.113.10');
    }
    expect((await outboxFor(w.member.email)).filter((m) => m.template === 'ip_access.changed')).toEqual([]);
  });
});

describe('IP rules: import and export as text', () => {
  it('previews exactly what changes, refuses bad lines, and refuses a save when the list changed since the preview', async () => {
    const w = await ipAccessWorld('Import Co');
    saved(await addIpRule(w.ownerCtx, { scope: 'api', address: '198.51.100.0/24', label: 'Office' }));
    saved(await addIpRule(w.ownerCtx, { scope: 'api', address: '192.0.2.10', label: 'Old server' }));
    const text = '# from the firewall\n198.51.100.0/24 # Head office\n203.0.113.0/25 Build farm\n2001:db8::/48\n';
    const preview = await previewIpImport(w.ownerCtx, { scope: 'api', text });
    expect(preview).toMatchObject({
      added: [
        { address: '203.0.113.0/25', label: 'Build farm' },
        { address: '2001:db8::/48', label: expect.stringMatching(/^Imported on /) },
      ],
      removed: [{ address: '192.0.2.10', label: 'Old server' }],
      relabelled: [{ address: '198.51.100.0/24', from: 'Office', to: 'Head office' }],
      unchanged: 0,
      problems: [],
    });

    const bad = await previewIpImport(w.ownerCtx, { scope: 'api', text: '10.0.0.300\n10.0.0.1/33\n10.0.0.1/24' });
    expect(bad.problems.map((p) => [p.line, p.message.split(':')[0], p.suggestionText])).toEqual([
      [1, 'Octet out of range', undefined],
      [2, 'Prefix too long', undefined],
      [3, 'Host bits set', '10.0.0.0/24'],
    ]);
    const refused = await caught(
      importIpRules(w.ownerCtx, { scope: 'api', text: '10.0.0.300', expectedVersion: bad.version }),
    );
    expect(refused?.fieldErrors?.text?.[0]).toMatch(/^Line 1: Octet out of range/);

    // Someone else changes the list after our preview: our save must not silently overwrite it.
    saved(await addIpRule(w.ownerCtx, { scope: 'smtp', address: '192.0.2.0/24', label: 'Mail' }));
    expect(
      (await caught(importIpRules(w.ownerCtx, { scope: 'api', text, expectedVersion: preview.version })))?.code,
    ).toBe('CONFLICT');

    const fresh = await previewIpImport(w.ownerCtx, { scope: 'api', text });
    saved(await importIpRules(w.ownerCtx, { scope: 'api', text, expectedVersion: fresh.version }));
    expect((await rulesOf(w.org.id, 'API')).sort()).toEqual(['198.51.100.0/24', '2001:db8::/48', '203.0.113.0/25']);
    const event = await db().auditEvent.findFirstOrThrow({
      where: { organizationId: w.org.id, action: 'ip_access.list_imported' },
    });
    expect(event.changes).toMatchObject({ added: ['203.0.113.0/25', '2001:db8::/48'], removed: ['192.0.2.10'] });

    // The export is the text the import reads back, unchanged.
    const settings = await getIpAccessSettings(w.ownerCtx);
    const exported = settings.scopes.find((s) => s.scope === 'api')!.exportText;
    expect(exported).toContain('198.51.100.0/24 # Head office');
    const again = await previewIpImport(w.ownerCtx, { scope: 'api', text: exported });
    expect([again.added, again.removed, again.relabelled, again.unchanged]).toEqual([[], [], [], 3]);
  });
});

describe('"Test an address"', () => {
  it('says, per scope, whether it is allowed, which entries match (most specific first) and why', async () => {
    const w = await ipAccessWorld('Tester Co', '203.0.113.10');
    saved(await addIpRule(w.ownerCtx, { scope: 'panel', address: '203.0.113.0/24', label: 'Office' }));
    saved(await addIpRule(w.ownerCtx, { scope: 'panel', address: '203.0.113.0/28', label: 'Admins' }));
    saved(await setIpListEnabled(w.ownerCtx, { scope: 'panel', enabled: true }));
    saved(await addIpRule(w.ownerCtx, { scope: 'smtp', address: '192.0.2.0/24', label: 'Relays' }));
    saved(await setIpListEnabled(w.ownerCtx, { scope: 'smtp', enabled: true }));

    const r = await testIpAddress(w.ownerCtx, { address: '::ffff:203.0.113.5' });
    expect(r.address).toBe('203.0.113.5');
    expect(r.unmappedFrom).toBe('::ffff:203.0.113.5');
    const [panel, api, smtp] = r.scopes;
    expect(panel).toMatchObject({ scope: 'panel', enabled: true, allowed: true });
    expect(panel!.matches.map((m) => m.address)).toEqual(['203.0.113.0/28', '203.0.113.0/24']);
    expect(panel!.verdict).toBe(
      'Allowed: 203.0.113.5 is inside 203.0.113.0/28 “Admins”, the most specific of 2 matching entries.',
    );
    expect(panel!.matches[1]!.why).toBe(
      '203.0.113.5 shares its first 24 bits with 203.0.113.0/24, which runs from 203.0.113.0 to 203.0.113.255.',
    );
    expect(api).toMatchObject({
      enabled: false,
      allowed: true,
      verdict: expect.stringMatching(
        /list is off, so every address is allowed\. If it were turned on, 203\.0\.113\.5 would be refused/,
      ),
    });
    expect(smtp).toMatchObject({
      enabled: true,
      allowed: false,
      verdict: 'Refused: the list is on and none of its 1 entry contains 203.0.113.5.',
    });
  });
});
