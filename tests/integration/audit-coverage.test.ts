// Issue 8 acceptance: every use-case in the codebase writes exactly one audit event (R27, R29).
// The use-cases are found by reading lib/ (tests/fixtures/audit-coverage.ts): every exported function of
// a module that writes events must be either in REGISTRY (a scenario that calls it once) or in EXEMPT
// (with the reason). A new use-case that nobody registered fails the first test by name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitAbuseReport } from '@/lib/abuse/submit-abuse-report';
import { authenticateApiKey } from '@/lib/api/authenticate-api-key';
import { createApiKey } from '@/lib/api-keys/create-api-key';
import { revokeApiKey } from '@/lib/api-keys/revoke-api-key';
import { applyRetention } from '@/lib/audit/apply-retention';
import { exportAuditEvents } from '@/lib/audit/export-audit-events';
import { recordAudit } from '@/lib/audit/record';
import { verifyOrganizationChain } from '@/lib/audit/verify-organization-chain';
import { changePassword } from '@/lib/auth/change-password';
import { requestPasswordReset, resetPassword } from '@/lib/auth/password-reset';
import { reauthenticate } from '@/lib/auth/reauthenticate';
import { revokeMyOtherSessions, revokeMySession } from '@/lib/auth/revoke-my-session';
import { resolveSession } from '@/lib/auth/sessions';
import { redeemSignInTicket } from '@/lib/auth/sign-in-ticket';
import { signInWithPassword } from '@/lib/auth/sign-in-with-password';
import { signOut } from '@/lib/auth/sign-out';
import { randomToken, sha256Hex } from '@/lib/auth/tokens';
import { resetConfigForTests } from '@/lib/config';
import { db } from '@/lib/db';
import { addAutoApproveRule, removeAutoApproveRule } from '@/lib/documents/auto-approve-rules';
import { decideAccessRequest } from '@/lib/documents/decide-access-request';
import { downloadGatedDocument } from '@/lib/documents/download-document';
import { NDA } from '@/lib/documents/nda';
import { openViewerSession } from '@/lib/documents/open-viewer-session';
import { requestDocumentAccess } from '@/lib/documents/request-document-access';
import { requestViewerLink } from '@/lib/documents/request-viewer-link';
import { revokeAccessGrant } from '@/lib/documents/revoke-access-grant';
import { saveDocument } from '@/lib/documents/save-document';
import { signDownload } from '@/lib/documents/signed-url';
import { verifyAccessRequest } from '@/lib/documents/verify-access-request';
import { addIpRule } from '@/lib/ip-access/add-ip-rule';
import { disableIpAccessLists } from '@/lib/ip-access/break-glass';
import { enforceIpAccess } from '@/lib/ip-access/enforce';
import { importIpRules } from '@/lib/ip-access/import-ip-rules';
import { previewIpImport } from '@/lib/ip-access/preview-ip-import';
import { removeIpRule } from '@/lib/ip-access/remove-ip-rule';
import { setIpListEnabled } from '@/lib/ip-access/set-ip-list-enabled';
import { beginTotpSetup } from '@/lib/mfa/begin-totp-setup';
import { completeSecondFactor } from '@/lib/mfa/complete-second-factor';
import { confirmTotpSetup } from '@/lib/mfa/confirm-totp-setup';
import { finishPasskeyRegistration } from '@/lib/mfa/finish-passkey-registration';
import { finishPasskeySignIn } from '@/lib/mfa/finish-passkey-sign-in';
import { regenerateRecoveryCodes } from '@/lib/mfa/regenerate-recovery-codes';
import { removePasskey } from '@/lib/mfa/remove-passkey';
import { removeTotp } from '@/lib/mfa/remove-totp';
import { renamePasskey } from '@/lib/mfa/rename-passkey';
import { resetMemberTwoFactor } from '@/lib/mfa/reset-member-two-factor';
import { startPasskeyRegistration } from '@/lib/mfa/start-passkey-registration';
import { startPasskeySignIn } from '@/lib/mfa/start-passkey-sign-in';
import { openTotpSecret } from '@/lib/mfa/totp-factor';
import { updateTwoFactorPolicy } from '@/lib/mfa/update-two-factor-policy';
import { updateMyPreferences } from '@/lib/notifications/preferences';
import { createRole } from '@/lib/roles/create-role';
import { deleteRole } from '@/lib/roles/delete-role';
import { updateRole } from '@/lib/roles/update-role';
import { createSubprocessorChangeDraft } from '@/lib/subprocessors/create-change-draft';
import { addDays, todayUtc } from '@/lib/subprocessors/diff';
import { discardSubprocessorChangeDraft } from '@/lib/subprocessors/discard-change-draft';
import { publishSubprocessorChange } from '@/lib/subprocessors/publish-change';
import { updateSubprocessorChangeDraft } from '@/lib/subprocessors/update-change-draft';
import { confirmNoticeSubscription } from '@/lib/subprocessors/notices/confirm-subscription';
import { requestNoticeSubscription } from '@/lib/subprocessors/notices/request-subscription';
import { unsubscribeFromNotices } from '@/lib/subprocessors/notices/unsubscribe';
import { unsubscribeToken } from '@/lib/subprocessors/notices/unsubscribe-link';
import { fileSubprocessorObjection } from '@/lib/subprocessors/objections/file-objection';
import { setObjectionStatus } from '@/lib/subprocessors/objections/set-objection-status';
import { createWebhookEndpoint } from '@/lib/webhooks/create-webhook-endpoint';
import { deleteWebhookEndpoint } from '@/lib/webhooks/delete-webhook-endpoint';
import { rotateWebhookSecret } from '@/lib/webhooks/rotate-webhook-secret';
import { sendTestEvent } from '@/lib/webhooks/send-test-event';
import { setWebhookEnabled } from '@/lib/webhooks/set-webhook-enabled';
import { confirmationToken, confirmedSubscribers, publishedChange } from '@/tests/fixtures/notices';
import { grantSupportAccess } from '@/lib/support-access/grant-support-access';
import { leaveSupportSession } from '@/lib/support-access/leave-support-session';
import { openSupportSession } from '@/lib/support-access/open-support-session';
import { revokeSupportGrant } from '@/lib/support-access/revoke-support-grant';
import { supportSessionContext } from '@/lib/support-access/support-session-context';
import { acceptInvitation } from '@/lib/users/accept-invitation';
import { changeMemberRole } from '@/lib/users/change-member-role';
import { deactivateMember } from '@/lib/users/deactivate-member';
import { inviteUser } from '@/lib/users/invite-user';
import { reactivateMember } from '@/lib/users/reactivate-member';
import { removeMember } from '@/lib/users/remove-member';
import { resendInvitation } from '@/lib/users/resend-invitation';
import { revokeInvitation } from '@/lib/users/revoke-invitation';
import { revokeMemberSessions } from '@/lib/users/revoke-member-sessions';
import { switchOrganization } from '@/lib/users/switch-organization';
import { transferOwnership } from '@/lib/users/transfer-ownership';
import { discoverAuditedUseCases, eventsAfter, freshIp, lastSeq, refused } from '@/tests/fixtures/audit-coverage';
import {
  anonymousCtx,
  createOrganization,
  createUser,
  meta,
  signedInCtx,
  TEST_PASSWORD,
} from '@/tests/fixtures/factories';
import { ipAccessWorld, saved } from '@/tests/fixtures/ip-access';
import { ABUSE_EXEMPT, abuseScenarios } from '@/tests/fixtures/abuse-coverage';
import { STUDIO_EXEMPT, studioScenarios } from '@/tests/fixtures/studio-coverage';
import { ANSWERS_EXEMPT, answersScenarios } from '@/tests/fixtures/answers-coverage';
import { QUESTIONNAIRES_EXEMPT, questionnaireScenarios } from '@/tests/fixtures/questionnaires-coverage';
import { SETUP_EXEMPT } from '@/tests/fixtures/setup-coverage';
import { CUSTOMERS_EXEMPT, customerScenarios } from '@/tests/fixtures/customers-coverage';
import { SIGNUP_EXEMPT, signupScenarios } from '@/tests/fixtures/signup-coverage';
import { SSO_EXEMPT, ssoScenarios } from '@/tests/fixtures/sso-coverage';
import { currentStep, enrolRecoveryCodes, enrolTotp, SoftAuthenticator, totpCode } from '@/tests/fixtures/mfa';
import { contextOf, customerWithAdmins, liveCtx, vendorWithStaff, type Org } from '@/tests/fixtures/users';

/**
 * One use-case call. `prepare` builds the world (its own events are written before the count starts) and
 * returns the single call to measure and the chain the event must land in (null: the global chain).
 */
interface Scenario {
  prepare: () => Promise<{ organizationId: string | null; call: () => Promise<unknown> }>;
  action: string;
  /** Anything but 1 must be a documented exception (see its comment). */
  expectedEvents?: number;
  /** Other actions written by the same call when expectedEvents > 1. */
  alsoActions?: string[];
}

/** Exported functions of event-writing modules that are not use-cases, each with why. */
const EXEMPT: Record<string, string> = {
  'abuse/submit-abuse-report#classifyEvidence': 'pure parser of the report evidence; changes nothing',
  'audit/export-audit-events#signedAuditExport':
    'the export behind exportAuditEvents and the customer-deletion export (both registered); records the event its caller names',
  'access/refusal#recordDenial':
    'the one writer of access.denied, called by authorize, assertCan and auditRefusals when they refuse (authorize.test.ts, access-permissions.test.ts)',
  'access/refusal#auditRefusals':
    'wrapper used inside use-cases to audit business-rule refusals; not called on its own',
  'audit/apply-retention#applyRetentionEverywhere':
    'loop calling applyRetention for every chain (one event per pruned chain); applyRetention is registered',
  'auth/password-reset#checkResetRequestAllowed': 'rate-limit check run before requestPasswordReset; writes nothing',
  'auth/sign-in-ticket#issueSignInTicket':
    'internal step of signInWithPassword/completeSecondFactor (takes their transaction); writes nothing',
  'documents/auto-approve-rules#listAutoApproveRules':
    'read-only; writes nothing (records access.denied only through authorize)',
  'documents/save-document#checkUpload': 'pure upload check (size and magic bytes); writes nothing',
  'documents/grant#grantAccess':
    'shared step of decideAccessRequest and verifyAccessRequest (takes their transaction); both are registered',
  'documents/grant#sendMagicLink': "emails a magic link inside the caller's transaction; writes no event",
  // Document viewers who confirm their email by signing in (issue 19): the providers are real OpenID
  // providers on 127.0.0.1, so their scenarios live in tests/integration/document-viewer-sso.test.ts,
  // which checks the single event of each outcome (requested, verified or granted, verification_failed).
  'documents/start-viewer-verification#startViewerVerification':
    'needs a running identity provider: document-viewer-sso.test.ts checks its one event (document.access_requested, or document.access_verification_failed when the provider is down)',
  'documents/finish-viewer-verification#isViewerCallback':
    "reads a flow's purpose so /api/sso/callback can hand a document request on; writes nothing",
  'documents/finish-viewer-verification#finishViewerVerification':
    'needs a running identity provider: document-viewer-sso.test.ts checks its one event per outcome',
  'documents/request-document-access#admitAccessRequest':
    'rate limit, honeypot and NDA checks run first by requestDocumentAccess and startViewerVerification; writes nothing',
  'documents/request-document-access#recordAccessRequest':
    "shared step of requestDocumentAccess and startViewerVerification (takes the caller's transaction)",
  'ip-access/change-list#readList': 'reads a list inside a transaction; writes nothing',
  'ip-access/change-list#changeIpAccessList':
    'the shared writer behind the IP access use-cases (add/remove/import/enable/break-glass), which are registered',
  'ip-access/enforce#isIpAccessRefusal': 'type guard; writes nothing',
  'mfa/removal-guard#assertRemovalAllowed': 'guard run inside removePasskey/removeTotp; throws, writes nothing itself',
  'mfa/removal-guard#auditingRefusal':
    'wrapper of removePasskey/removeTotp that records mfa.factor_removal.refused on refusal (mfa-policy.test.ts)',
  'notifications/preferences#getMyPreferences': 'read-only; writes nothing',
  'support-access/grant-support-access#supportDurationBounds': 'pure configuration read for the form; writes nothing',
  // Studio draft autosave (studio/save-draft#saveDraft) writes no event on purpose — it would flood the log;
  // a draft enters history as a revision when review is requested (content.review.requested).
  ...STUDIO_EXEMPT,
  ...ANSWERS_EXEMPT,
  ...QUESTIONNAIRES_EXEMPT,
  ...ABUSE_EXEMPT,
  ...SETUP_EXEMPT,
  ...CUSTOMERS_EXEMPT,
  ...SIGNUP_EXEMPT,
  ...SSO_EXEMPT,
};

// ── Shared worlds (one per domain; each scenario adds the rows it consumes) ──
let customer: Awaited<ReturnType<typeof customerWithAdmins>>;
let ipWorld: Awaited<ReturnType<typeof ipAccessWorld>>;
let vendor: Awaited<ReturnType<typeof vendorWithStaff>>;

let storageDir: string;

beforeAll(async () => {
  // Document files of this file's runs go to a directory of their own.
  storageDir = fs.mkdtempSync(path.join(os.tmpdir(), 'audit-coverage-docs-'));
  process.env.DOCUMENT_STORAGE_DIR = storageDir;
  resetConfigForTests();
  customer = await customerWithAdmins('Coverage Co');
  ipWorld = await ipAccessWorld('Coverage IP Co');
  vendor = await vendorWithStaff();
});

afterAll(() => {
  delete process.env.DOCUMENT_STORAGE_DIR;
  resetConfigForTests();
  fs.rmSync(storageDir, { recursive: true, force: true });
});

const newMember = (role = 'member', org: Org = customer.org) => createUser({ organizationId: org.id, role });

/** A user with one passkey, registered through the real ceremony (events written during prepare). */
async function withPasskey(org: Org) {
  const user = await createUser({ organizationId: org.id });
  const ctx = await signedInCtx(user, org, { reauthenticated: true });
  const authenticator = new SoftAuthenticator({ synced: true });
  const added = await finishPasskeyRegistration(ctx, {
    response: authenticator.register(await startPasskeyRegistration(ctx)) as never,
  });
  return { user, ctx, authenticator, passkeyId: added.passkey.id };
}

/** An event older than the retention cutoff in `organizationId`'s chain (backdated as in audit-chain.test.ts). */
async function oldEvent(organizationId: string) {
  const row = await db().$transaction((tx) =>
    recordAudit(tx, {
      organizationId,
      action: 'auth.signout',
      actor: { type: 'SYSTEM', id: null, label: 'test' },
      meta: meta(),
    }),
  );
  await db().$transaction(async (tx) => {
    await tx.$executeRawUnsafe('SET LOCAL session_replication_role = replica');
    await tx.$executeRawUnsafe(
      `UPDATE "AuditEvent" SET "occurredAt" = $1 WHERE id = $2::uuid`,
      new Date(Date.now() - 400 * 86_400_000),
      row.id,
    );
  });
}

/** A granted, opened support session of the vendor's staff in a fresh customer. */
async function supportSession() {
  const c = await customerWithAdmins('Support Co');
  const grant = await grantSupportAccess(c.adminCtx, {
    grantee: 'team',
    scope: 'read-only',
    reason: 'Ticket #4711: audit coverage',
    durationMinutes: 120,
  });
  const home = await liveCtx(vendor.staff, vendor.vendor);
  const { sessionToken } = await openSupportSession(home, { grantId: grant.id });
  return { c, grant, sessionToken };
}

// ── Document library: the trust center is the (first) vendor organization's ──
let docSeq = 0;
let docWorldP: Promise<{ editorCtx: Awaited<ReturnType<typeof liveCtx>>; documentId: string }> | undefined;
/** A compliance editor of the vendor and one gated document (created once, on first use). */
const docWorld = () =>
  (docWorldP ??= (async () => {
    const editor = await createUser({ organizationId: vendor.vendor.id, role: 'compliance_editor' });
    const editorCtx = await liveCtx(editor, vendor.vendor);
    const doc = await saveDocument(editorCtx, gatedDocument('coverage-gated-report'));
    return { editorCtx, documentId: doc.id };
  })());

function gatedDocument(slug: string) {
  return {
    slug,
    title: 'Coverage security report',
    category: 'Audit reports',
    description: 'The report a prospect may read under NDA.',
    version: '2026-01',
    visibility: 'GATED' as const,
    file: { name: 'report.txt', bytes: new TextEncoder().encode('A plain-text report for the coverage test.\n') },
  };
}

/** The token of the newest link of `kind` emailed to `email`. */
async function linkToken(email: string, kind: 'verify' | 'access'): Promise<string> {
  const mails = await db().mailOutbox.findMany({ where: { to: email }, orderBy: { createdAt: 'asc' } });
  const re = new RegExp(`/documents/${kind}(?:/|\\?token=)([A-Za-z0-9_-]+)`);
  const token = mails
    .map((m) => re.exec(m.text)?.[1])
    .filter(Boolean)
    .at(-1);
  if (!token) throw new Error(`no ${kind} link emailed to ${email}`);
  return token;
}

/** A prospect's access request, taken as far as `stage`; events of the earlier steps are written here. */
async function accessRequest(stage: 'requested' | 'verified' | 'approved', domain = 'prospect.example') {
  const { documentId } = await docWorld();
  const email = `prospect-${++docSeq}@${domain}`;
  await requestDocumentAccess(anonymousCtx({ ip: freshIp() }), {
    name: 'Pat Prospect',
    email,
    company: 'Prospect Ltd',
    reason: 'Vendor due diligence for our procurement.',
    documentIds: [documentId],
    ndaAccepted: true,
    ndaVersion: NDA.version,
  });
  const request = await db().documentAccessRequest.findFirstOrThrow({ where: { email } });
  if (stage === 'requested') return { email, documentId, requestId: request.id };
  await verifyAccessRequest(anonymousCtx({ ip: freshIp() }), { token: await linkToken(email, 'verify') });
  if (stage === 'verified') return { email, documentId, requestId: request.id };
  const { editorCtx } = await docWorld();
  await decideAccessRequest(editorCtx, { decision: 'approve', requestId: request.id, expiryDays: 30 });
  return { email, documentId, requestId: request.id };
}

let registerSeq = 0;
/** A drafted register change adding a new sub-processor, effective just after the notice period. */
const registerChange = () => {
  const slug = `coverage-processor-${++registerSeq}`;
  return {
    summary: `Add ${slug}.`,
    effectiveDate: addDays(todayUtc(), 31),
    operations: [
      {
        op: 'add' as const,
        slug,
        fields: {
          legalName: `${slug} GmbH`,
          purpose: 'Coverage test processing.',
          dataCategories: ['Account data'],
          dataSubjects: ['Customer users'],
          locations: ['DE'],
          transferMechanism: 'NONE_NEEDED' as const,
          sccModule: null,
          website: 'https://coverage.example',
          privacyUrl: 'https://coverage.example/privacy',
        },
      },
    ],
  };
};

// ── studio (pages, reviews, publishing): scenarios in tests/fixtures/studio-coverage.ts ──
const studio = studioScenarios(() => vendor.vendor);
const answers = answersScenarios(() => vendor.vendor);
const questionnaires = questionnaireScenarios(() => vendor.vendor);

const REGISTRY: Record<string, Scenario> = {
  ...studio.registry,
  ...answers.registry,
  ...questionnaires.registry,
  // ── abuse ── (triage scenarios in tests/fixtures/abuse-coverage.ts)
  ...abuseScenarios(() => vendor.vendor),
  // ── customer organizations ── (tests/fixtures/customers-coverage.ts)
  ...customerScenarios(() => vendor.vendor),
  // ── sign-up and account self-service ── (scenarios in tests/fixtures/signup-coverage.ts)
  ...signupScenarios(),
  ...ssoScenarios(),
  'abuse/submit-abuse-report#submitAbuseReport': {
    action: 'abuse.report.submitted',
    prepare: async () => ({
      organizationId: null,
      call: () =>
        submitAbuseReport(anonymousCtx({ ip: freshIp() }), {
          category: 'spam',
          evidence: 'https://spam.example/offer',
          description: 'Unsolicited mail from your servers.',
        }),
    }),
  },

  // ── API keys ──
  'api-keys/create-api-key#createApiKey': {
    action: 'api_key.created',
    prepare: async () => ({
      organizationId: customer.org.id,
      call: () => createApiKey(customer.adminCtx, { name: 'Coverage key' }),
    }),
  },
  'api-keys/revoke-api-key#revokeApiKey': {
    action: 'api_key.revoked',
    prepare: async () => {
      const { key } = await createApiKey(customer.adminCtx, { name: 'To revoke' });
      return { organizationId: customer.org.id, call: () => revokeApiKey(customer.adminCtx, { keyId: key.id }) };
    },
  },
  // Its only event is the refusal: a successful authentication is not audited (one per request would flood the log).
  'api/authenticate-api-key#authenticateApiKey': {
    action: 'api_key.auth_failed',
    prepare: async () => {
      const { secret } = await createApiKey(customer.adminCtx, { name: 'Wrong secret' });
      const wrong = `${secret.slice(0, -1)}${secret.endsWith('A') ? 'B' : 'A'}`;
      return {
        organizationId: customer.org.id,
        call: () => refused(authenticateApiKey(`Bearer ${wrong}`, meta({ ip: freshIp() })), 'UNAUTHENTICATED'),
      };
    },
  },

  // ── audit log ──
  'audit/apply-retention#applyRetention': {
    action: 'audit.retention.applied',
    prepare: async () => {
      const org = await createOrganization('Retention Co');
      await oldEvent(org.id);
      return {
        organizationId: org.id,
        call: () => applyRetention(db(), org.id, new Date(Date.now() - 365 * 86_400_000)),
      };
    },
  },
  'audit/export-audit-events#exportAuditEvents': {
    action: 'audit.exported',
    prepare: async () => ({
      organizationId: customer.org.id,
      call: async () => {
        const out = await exportAuditEvents(customer.adminCtx, { format: 'jsonl' });
        await out.body.cancel();
      },
    }),
  },
  'audit/verify-organization-chain#verifyOrganizationChain': {
    action: 'audit.verified',
    prepare: async () => ({ organizationId: customer.org.id, call: () => verifyOrganizationChain(customer.adminCtx) }),
  },

  // ── authentication ──
  'auth/change-password#changePassword': {
    action: 'auth.password.changed',
    prepare: async () => {
      const user = await newMember();
      const ctx = await liveCtx(user, customer.org);
      return {
        organizationId: customer.org.id,
        call: () =>
          changePassword(ctx, {
            currentPassword: TEST_PASSWORD,
            newPassword: 'an entirely new passphrase 2026',
            confirmPassword: 'an entirely new passphrase 2026',
          }),
      };
    },
  },
  'auth/password-reset#requestPasswordReset': {
    action: 'auth.password.reset_requested',
    prepare: async () => {
      const user = await newMember();
      return {
        organizationId: customer.org.id,
        call: () => requestPasswordReset(anonymousCtx({ ip: freshIp() }), { email: user.email }),
      };
    },
  },
  'auth/password-reset#resetPassword': {
    action: 'auth.password.reset',
    prepare: async () => {
      const user = await newMember();
      const token = randomToken(32);
      await db().passwordResetToken.create({
        data: { tokenHash: sha256Hex(token), userId: user.id, expiresAt: new Date(Date.now() + 30 * 60_000) },
      });
      return {
        organizationId: customer.org.id,
        call: () =>
          resetPassword(anonymousCtx({ ip: freshIp() }), {
            token,
            newPassword: 'a reset passphrase that is long 2026',
          }),
      };
    },
  },
  'auth/reauthenticate#reauthenticate': {
    action: 'auth.reauth.succeeded',
    prepare: async () => {
      const ctx = await liveCtx(await newMember(), customer.org);
      return { organizationId: customer.org.id, call: () => reauthenticate(ctx, { password: TEST_PASSWORD }) };
    },
  },
  'auth/revoke-my-session#revokeMySession': {
    action: 'session.revoked',
    prepare: async () => {
      const user = await newMember();
      const ctx = await liveCtx(user, customer.org);
      const other = await liveCtx(user, customer.org);
      return {
        organizationId: customer.org.id,
        call: () => revokeMySession(ctx, { sessionId: other.session.sessionId }),
      };
    },
  },
  'auth/revoke-my-session#revokeMyOtherSessions': {
    action: 'session.revoked_others',
    prepare: async () => {
      const user = await newMember();
      const ctx = await liveCtx(user, customer.org);
      await liveCtx(user, customer.org);
      return { organizationId: customer.org.id, call: () => revokeMyOtherSessions(ctx) };
    },
  },
  'auth/sign-in-ticket#redeemSignInTicket': {
    action: 'auth.signin.succeeded',
    prepare: async () => {
      const user = await newMember();
      const step = await signInWithPassword(anonymousCtx({ ip: freshIp() }), {
        email: user.email,
        password: TEST_PASSWORD,
      });
      return { organizationId: customer.org.id, call: () => redeemSignInTicket(step.ticket) };
    },
  },
  // A correct password writes nothing yet (the sign-in is recorded when its ticket is redeemed or the
  // second factor completes): the event of this step is the failed attempt.
  'auth/sign-in-with-password#signInWithPassword': {
    action: 'auth.signin.failed',
    prepare: async () => {
      const user = await newMember();
      return {
        organizationId: customer.org.id,
        call: () =>
          refused(
            signInWithPassword(anonymousCtx({ ip: freshIp() }), {
              email: user.email,
              password: 'not the password at all',
            }),
            'INVALID_CREDENTIALS',
          ),
      };
    },
  },
  'auth/sign-out#signOut': {
    action: 'auth.signout',
    prepare: async () => {
      const ctx = await liveCtx(await newMember(), customer.org);
      return { organizationId: customer.org.id, call: () => signOut(ctx) };
    },
  },

  // ── document library ──
  'documents/save-document#saveDocument': {
    action: 'document.uploaded',
    prepare: async () => {
      const { editorCtx } = await docWorld();
      return {
        organizationId: vendor.vendor.id,
        call: () => saveDocument(editorCtx, gatedDocument(`coverage-doc-${++docSeq}`)),
      };
    },
  },
  'documents/auto-approve-rules#addAutoApproveRule': {
    action: 'document.auto_approve_rule_added',
    prepare: async () => {
      const { editorCtx } = await docWorld();
      return {
        organizationId: vendor.vendor.id,
        call: () => addAutoApproveRule(editorCtx, { domain: 'customer-one.example', expiryDays: 30 }),
      };
    },
  },
  'documents/auto-approve-rules#removeAutoApproveRule': {
    action: 'document.auto_approve_rule_removed',
    prepare: async () => {
      const { editorCtx } = await docWorld();
      const rule = await addAutoApproveRule(editorCtx, { domain: 'customer-two.example', expiryDays: 30 });
      return { organizationId: vendor.vendor.id, call: () => removeAutoApproveRule(editorCtx, { ruleId: rule.id }) };
    },
  },
  'documents/request-document-access#requestDocumentAccess': {
    action: 'document.access_requested',
    prepare: async () => {
      const { documentId } = await docWorld();
      const input = {
        name: 'Sam Prospect',
        email: `asker-${++docSeq}@prospect.example`,
        company: 'Prospect Ltd',
        reason: 'Vendor due diligence for our procurement.',
        documentIds: [documentId],
        ndaAccepted: true as const,
        ndaVersion: NDA.version,
      };
      return {
        organizationId: vendor.vendor.id,
        call: () => requestDocumentAccess(anonymousCtx({ ip: freshIp() }), input),
      };
    },
  },
  // Without an auto-approve rule for the domain (the request joins the staff queue).
  'documents/verify-access-request#verifyAccessRequest': {
    action: 'document.access_verified',
    prepare: async () => {
      const { email } = await accessRequest('requested');
      const token = await linkToken(email, 'verify');
      return {
        organizationId: vendor.vendor.id,
        call: () => verifyAccessRequest(anonymousCtx({ ip: freshIp() }), { token }),
      };
    },
  },
  'documents/decide-access-request#decideAccessRequest': {
    action: 'document.access_granted',
    prepare: async () => {
      const { requestId } = await accessRequest('verified');
      const { editorCtx } = await docWorld();
      return {
        organizationId: vendor.vendor.id,
        call: () => decideAccessRequest(editorCtx, { decision: 'approve', requestId, expiryDays: 30 }),
      };
    },
  },
  'documents/open-viewer-session#openViewerSession': {
    action: 'document.viewer_opened',
    prepare: async () => {
      const { email } = await accessRequest('approved');
      const token = await linkToken(email, 'access');
      return {
        organizationId: vendor.vendor.id,
        call: () => openViewerSession(anonymousCtx({ ip: freshIp() }), { token }),
      };
    },
  },
  'documents/download-document#downloadGatedDocument': {
    action: 'document.downloaded',
    prepare: async () => {
      const { documentId, requestId } = await accessRequest('approved');
      return {
        organizationId: vendor.vendor.id,
        call: async () => {
          const result = await downloadGatedDocument(anonymousCtx({ ip: freshIp() }), {
            token: signDownload({ documentId, requestId }),
          });
          if (!result.ok) throw new Error(`download refused: ${result.reason}`);
        },
      };
    },
  },
  // One event per active grant of the address (none when it has none, so the answer reveals nothing): one grant here.
  'documents/request-viewer-link#requestViewerLink': {
    action: 'document.viewer_link_sent',
    prepare: async () => {
      const { email } = await accessRequest('approved');
      return {
        organizationId: vendor.vendor.id,
        call: () => requestViewerLink(anonymousCtx({ ip: freshIp() }), { email }),
      };
    },
  },
  'documents/revoke-access-grant#revokeAccessGrant': {
    action: 'document.access_revoked',
    prepare: async () => {
      const { requestId } = await accessRequest('approved');
      const { editorCtx } = await docWorld();
      return { organizationId: vendor.vendor.id, call: () => revokeAccessGrant(editorCtx, { requestId }) };
    },
  },

  // ── IP access ──
  'ip-access/add-ip-rule#addIpRule': {
    action: 'ip_access.rule_added',
    prepare: async () => ({
      organizationId: ipWorld.org.id,
      call: async () =>
        saved(await addIpRule(ipWorld.ownerCtx, { scope: 'smtp', address: '192.0.2.10', label: 'Relay one' })),
    }),
  },
  'ip-access/remove-ip-rule#removeIpRule': {
    action: 'ip_access.rule_removed',
    prepare: async () => {
      saved(await addIpRule(ipWorld.ownerCtx, { scope: 'smtp', address: '192.0.2.20', label: 'Relay two' }));
      const rule = await db().ipAccessRule.findFirstOrThrow({
        where: { organizationId: ipWorld.org.id, scope: 'SMTP', label: 'Relay two' },
      });
      return {
        organizationId: ipWorld.org.id,
        call: async () => saved(await removeIpRule(ipWorld.ownerCtx, { ruleId: rule.id })),
      };
    },
  },
  'ip-access/import-ip-rules#importIpRules': {
    action: 'ip_access.list_imported',
    prepare: async () => {
      const text = '192.0.2.30 # Relay three\n2001:db8::/48 # v6 relays';
      const { version } = await previewIpImport(ipWorld.ownerCtx, { scope: 'smtp', text });
      return {
        organizationId: ipWorld.org.id,
        call: async () =>
          saved(await importIpRules(ipWorld.ownerCtx, { scope: 'smtp', text, expectedVersion: version })),
      };
    },
  },
  'ip-access/set-ip-list-enabled#setIpListEnabled': {
    action: 'ip_access.list_enabled',
    prepare: async () => {
      saved(await addIpRule(ipWorld.ownerCtx, { scope: 'api', address: '192.0.2.40', label: 'CI' }));
      return {
        organizationId: ipWorld.org.id,
        call: async () => saved(await setIpListEnabled(ipWorld.ownerCtx, { scope: 'api', enabled: true })),
      };
    },
  },
  'ip-access/break-glass#disableIpAccessLists': {
    action: 'ip_access.break_glass',
    prepare: async () => {
      const w = await ipAccessWorld('Break Glass Co');
      saved(await addIpRule(w.ownerCtx, { scope: 'api', address: '192.0.2.50', label: 'CI' }));
      saved(await setIpListEnabled(w.ownerCtx, { scope: 'api', enabled: true }));
      return {
        organizationId: w.org.id,
        call: () =>
          disableIpAccessLists(anonymousCtx(), { organizationSlug: w.org.slug, scopes: ['api'], operator: 'coverage' }),
      };
    },
  },
  // Its only event is the refusal (an allowed request is not audited).
  'ip-access/enforce#enforceIpAccess': {
    action: 'ip_access.denied',
    prepare: async () => {
      const w = await ipAccessWorld('Enforced Co');
      saved(await addIpRule(w.ownerCtx, { scope: 'panel', address: '203.0.113.0/24', label: 'Office' }));
      saved(await setIpListEnabled(w.ownerCtx, { scope: 'panel', enabled: true }));
      const organization = await db().organization.findUniqueOrThrow({
        where: { id: w.org.id },
        select: { id: true, name: true, ipAccessVersion: true },
      });
      const actor = { type: 'USER' as const, id: w.member.id, label: w.member.email };
      return {
        organizationId: w.org.id,
        call: () =>
          refused(
            enforceIpAccess({
              scope: 'panel',
              organization,
              actor,
              meta: meta({ ip: '198.51.100.99' }),
              path: '/account',
            }),
            'ANY',
          ),
      };
    },
  },

  // ── two-factor authentication ──
  'mfa/complete-second-factor#completeSecondFactor': {
    action: 'auth.second_factor.succeeded',
    prepare: async () => {
      const user = await newMember();
      const secret = await enrolTotp(user.id);
      const step = await signInWithPassword(anonymousCtx({ ip: freshIp() }), {
        email: user.email,
        password: TEST_PASSWORD,
      });
      const code = await totpCode(secret);
      return {
        organizationId: customer.org.id,
        call: () =>
          completeSecondFactor(anonymousCtx({ ip: freshIp() }), { method: 'totp', ticket: step.ticket, code }),
      };
    },
  },
  'mfa/confirm-totp-setup#confirmTotpSetup': {
    action: 'mfa.totp.enabled',
    prepare: async () => {
      const user = await newMember();
      const ctx = await signedInCtx(user, customer.org, { reauthenticated: true });
      await beginTotpSetup(ctx);
      const secret = openTotpSecret(await db().totpFactor.findUniqueOrThrow({ where: { userId: user.id } }));
      const code = await totpCode(secret);
      return { organizationId: customer.org.id, call: () => confirmTotpSetup(ctx, { code }) };
    },
  },
  'mfa/finish-passkey-registration#finishPasskeyRegistration': {
    action: 'mfa.passkey.added',
    prepare: async () => {
      const user = await newMember();
      const ctx = await signedInCtx(user, customer.org, { reauthenticated: true });
      const response = new SoftAuthenticator().register(await startPasskeyRegistration(ctx));
      return {
        organizationId: customer.org.id,
        call: () => finishPasskeyRegistration(ctx, { response: response as never }),
      };
    },
  },
  'mfa/finish-passkey-sign-in#finishPasskeySignIn': {
    action: 'auth.passkey.succeeded',
    prepare: async () => {
      const { authenticator } = await withPasskey(customer.org);
      const response = authenticator.assert(await startPasskeySignIn(anonymousCtx()));
      return {
        organizationId: customer.org.id,
        call: () => finishPasskeySignIn(anonymousCtx({ ip: freshIp() }), { response: response as never }),
      };
    },
  },
  'mfa/regenerate-recovery-codes#regenerateRecoveryCodes': {
    action: 'mfa.recovery_codes.generated',
    prepare: async () => {
      const user = await newMember();
      await enrolTotp(user.id);
      await enrolRecoveryCodes(user.id);
      const ctx = await signedInCtx(user, customer.org, { reauthenticated: true });
      return { organizationId: customer.org.id, call: () => regenerateRecoveryCodes(ctx) };
    },
  },
  'mfa/remove-passkey#removePasskey': {
    action: 'mfa.passkey.removed',
    prepare: async () => {
      const { ctx, passkeyId } = await withPasskey(customer.org);
      return { organizationId: customer.org.id, call: () => removePasskey(ctx, { id: passkeyId }) };
    },
  },
  'mfa/remove-totp#removeTotp': {
    action: 'mfa.totp.removed',
    prepare: async () => {
      const user = await newMember();
      await enrolTotp(user.id);
      const ctx = await signedInCtx(user, customer.org, { reauthenticated: true });
      return { organizationId: customer.org.id, call: () => removeTotp(ctx) };
    },
  },
  'mfa/rename-passkey#renamePasskey': {
    action: 'mfa.passkey.renamed',
    prepare: async () => {
      const { ctx, passkeyId } = await withPasskey(customer.org);
      return {
        organizationId: customer.org.id,
        call: () => renamePasskey(ctx, { id: passkeyId, name: 'Work laptop' }),
      };
    },
  },
  'mfa/reset-member-two-factor#resetMemberTwoFactor': {
    action: 'mfa.reset',
    prepare: async () => {
      const member = await newMember();
      await enrolTotp(member.id);
      return {
        organizationId: customer.org.id,
        call: () =>
          resetMemberTwoFactor(customer.adminCtx, { userId: member.id, reason: 'Lost phone, confirmed by video call' }),
      };
    },
  },
  'mfa/update-two-factor-policy#updateTwoFactorPolicy': {
    action: 'mfa.policy.changed',
    prepare: async () => {
      const org = await createOrganization('Policy Co');
      const admin = await createUser({ organizationId: org.id, role: 'admin' });
      await enrolTotp(admin.id);
      const ctx = await signedInCtx(admin, org, { reauthenticated: true });
      return {
        organizationId: org.id,
        call: () => updateTwoFactorPolicy(ctx, { required: true, passkeysOnly: false, graceDays: 7 }),
      };
    },
  },

  // ── notifications ──
  'notifications/preferences#updateMyPreferences': {
    action: 'notification.preferences.updated',
    prepare: async () => {
      const ctx = await liveCtx(await newMember(), customer.org);
      return {
        organizationId: customer.org.id,
        call: () =>
          updateMyPreferences(ctx, { preferences: [{ event: 'auth.new_device', email: false, inApp: true }] }),
      };
    },
  },

  // ── roles ──
  'roles/create-role#createRole': {
    action: 'role.created',
    prepare: async () => ({
      organizationId: customer.org.id,
      call: () =>
        createRole(customer.ownerCtx, { name: 'Coverage reader', description: '', permissions: ['account:read'] }),
    }),
  },
  'roles/update-role#updateRole': {
    action: 'role.updated',
    prepare: async () => {
      const role = await createRole(customer.ownerCtx, {
        name: 'Coverage helper',
        description: '',
        permissions: ['account:read'],
      });
      return {
        organizationId: customer.org.id,
        call: () =>
          updateRole(customer.ownerCtx, {
            roleId: role.id,
            name: 'Coverage helper',
            description: 'Reads the log',
            permissions: ['account:read', 'audit:read'],
          }),
      };
    },
  },
  'roles/delete-role#deleteRole': {
    action: 'role.deleted',
    prepare: async () => {
      const role = await createRole(customer.ownerCtx, {
        name: 'Coverage temporary',
        description: '',
        permissions: ['account:read'],
      });
      return { organizationId: customer.org.id, call: () => deleteRole(customer.ownerCtx, { roleId: role.id }) };
    },
  },

  // ── sub-processor register (the vendor's compliance editor) ──
  'subprocessors/create-change-draft#createSubprocessorChangeDraft': {
    action: 'subprocessor.change.drafted',
    prepare: async () => {
      const { editorCtx } = await docWorld();
      return {
        organizationId: vendor.vendor.id,
        call: () => createSubprocessorChangeDraft(editorCtx, registerChange()),
      };
    },
  },
  'subprocessors/update-change-draft#updateSubprocessorChangeDraft': {
    action: 'subprocessor.change.updated',
    prepare: async () => {
      const { editorCtx } = await docWorld();
      const draft = await createSubprocessorChangeDraft(editorCtx, registerChange());
      return {
        organizationId: vendor.vendor.id,
        call: () =>
          updateSubprocessorChangeDraft(editorCtx, {
            ...registerChange(),
            changeId: draft.id,
            expectedVersion: draft.version,
          }),
      };
    },
  },
  'subprocessors/discard-change-draft#discardSubprocessorChangeDraft': {
    action: 'subprocessor.change.discarded',
    prepare: async () => {
      const { editorCtx } = await docWorld();
      const draft = await createSubprocessorChangeDraft(editorCtx, registerChange());
      return {
        organizationId: vendor.vendor.id,
        call: () => discardSubprocessorChangeDraft(editorCtx, { changeId: draft.id, expectedVersion: draft.version }),
      };
    },
  },
  'subprocessors/publish-change#publishSubprocessorChange': {
    action: 'subprocessor.change.published',
    prepare: async () => {
      const { editorCtx } = await docWorld();
      const draft = await createSubprocessorChangeDraft(editorCtx, registerChange());
      return {
        organizationId: vendor.vendor.id,
        call: () => publishSubprocessorChange(editorCtx, { changeId: draft.id, expectedVersion: draft.version }),
      };
    },
  },

  // ── sub-processor notices: subscriptions (prospects, global chain) and objections (customers) ──
  'subprocessors/notices/request-subscription#requestNoticeSubscription': {
    action: 'subprocessor.subscription.requested',
    prepare: async () => ({
      organizationId: null,
      call: () =>
        requestNoticeSubscription(anonymousCtx({ ip: freshIp() }), { email: 'coverage-subscriber@example.test' }),
    }),
  },
  'subprocessors/notices/confirm-subscription#confirmNoticeSubscription': {
    action: 'subprocessor.subscription.confirmed',
    prepare: async () => {
      await requestNoticeSubscription(anonymousCtx({ ip: freshIp() }), { email: 'coverage-confirm@example.test' });
      const token = await confirmationToken('coverage-confirm@example.test');
      return {
        organizationId: null,
        call: () => confirmNoticeSubscription(anonymousCtx({ ip: freshIp() }), { token }),
      };
    },
  },
  'subprocessors/notices/unsubscribe#unsubscribeFromNotices': {
    action: 'subprocessor.subscription.cancelled',
    prepare: async () => {
      const [sub] = await confirmedSubscribers(1, 'coverage-leaver');
      return {
        organizationId: null,
        call: () =>
          unsubscribeFromNotices(anonymousCtx({ ip: freshIp() }), {
            subscriber: sub!.id,
            token: unsubscribeToken(sub!.id),
          }),
      };
    },
  },
  'subprocessors/objections/file-objection#fileSubprocessorObjection': {
    action: 'subprocessor.objection.filed',
    prepare: async () => {
      const change = await publishedChange();
      return {
        organizationId: customer.org.id,
        call: () =>
          fileSubprocessorObjection(customer.adminCtx, {
            number: change.number!,
            reason: 'Coverage: we object to this vendor.',
          }),
      };
    },
  },
  'subprocessors/objections/set-objection-status#setObjectionStatus': {
    action: 'subprocessor.objection.status_changed',
    prepare: async () => {
      const change = await publishedChange();
      const objection = await fileSubprocessorObjection(customer.adminCtx, {
        number: change.number!,
        reason: 'Coverage: we object to this vendor.',
      });
      const { editorCtx } = await docWorld();
      return {
        organizationId: vendor.vendor.id,
        call: () => setObjectionStatus(editorCtx, { objectionId: objection.id, status: 'acknowledged' }),
      };
    },
  },

  // ── webhooks (a receiver that refuses connections: delivery failures write no event) ──
  'webhooks/create-webhook-endpoint#createWebhookEndpoint': {
    action: 'webhook.created',
    prepare: async () => ({
      organizationId: customer.org.id,
      call: () =>
        createWebhookEndpoint(customer.adminCtx, { url: 'http://127.0.0.1:9/coverage', description: 'Coverage' }),
    }),
  },
  'webhooks/delete-webhook-endpoint#deleteWebhookEndpoint': {
    action: 'webhook.deleted',
    prepare: async () => {
      const { endpoint } = await createWebhookEndpoint(customer.adminCtx, {
        url: 'http://127.0.0.1:9/coverage',
        description: '',
      });
      return {
        organizationId: customer.org.id,
        call: () => deleteWebhookEndpoint(customer.adminCtx, { endpointId: endpoint.id }),
      };
    },
  },
  'webhooks/set-webhook-enabled#setWebhookEnabled': {
    action: 'webhook.disabled',
    prepare: async () => {
      const { endpoint } = await createWebhookEndpoint(customer.adminCtx, {
        url: 'http://127.0.0.1:9/coverage',
        description: '',
      });
      return {
        organizationId: customer.org.id,
        call: () => setWebhookEnabled(customer.adminCtx, { endpointId: endpoint.id, enabled: false }),
      };
    },
  },
  'webhooks/rotate-webhook-secret#rotateWebhookSecret': {
    action: 'webhook.secret_rotated',
    prepare: async () => {
      const { endpoint } = await createWebhookEndpoint(customer.adminCtx, {
        url: 'http://127.0.0.1:9/coverage',
        description: '',
      });
      return {
        organizationId: customer.org.id,
        call: () => rotateWebhookSecret(customer.adminCtx, { endpointId: endpoint.id }),
      };
    },
  },
  'webhooks/send-test-event#sendTestEvent': {
    action: 'webhook.test_sent',
    prepare: async () => {
      const { endpoint } = await createWebhookEndpoint(customer.adminCtx, {
        url: 'http://127.0.0.1:9/coverage',
        description: '',
      });
      return {
        organizationId: customer.org.id,
        call: () => sendTestEvent(customer.adminCtx, { endpointId: endpoint.id }),
      };
    },
  },

  // ── support access ──
  'support-access/grant-support-access#grantSupportAccess': {
    action: 'support_access.granted',
    prepare: async () => ({
      organizationId: customer.org.id,
      call: () =>
        grantSupportAccess(customer.adminCtx, {
          grantee: 'team',
          scope: 'read-only',
          reason: 'Ticket #4712: coverage',
          durationMinutes: 120,
        }),
    }),
  },
  'support-access/revoke-support-grant#revokeSupportGrant': {
    action: 'support_access.revoked',
    prepare: async () => {
      const grant = await grantSupportAccess(customer.adminCtx, {
        grantee: 'team',
        scope: 'read-only',
        reason: 'Ticket #4713: coverage',
        durationMinutes: 120,
      });
      return {
        organizationId: customer.org.id,
        call: () => revokeSupportGrant(customer.adminCtx, { grantId: grant.id }),
      };
    },
  },
  'support-access/open-support-session#openSupportSession': {
    action: 'support_access.opened',
    // Deliberate exception: vendor staff entering a customer's account is recorded in both chains — the
    // customer's (whose data is reached) and the vendor's own (its staff's activity) — each with one event.
    expectedEvents: 2,
    alsoActions: ['support_access.opened'],
    prepare: async () => {
      const c = await customerWithAdmins('Opened Co');
      const grant = await grantSupportAccess(c.adminCtx, {
        grantee: 'team',
        scope: 'read-only',
        reason: 'Ticket #4714: coverage',
        durationMinutes: 120,
      });
      const home = await liveCtx(vendor.staff, vendor.vendor);
      return { organizationId: c.org.id, call: () => openSupportSession(home, { grantId: grant.id }) };
    },
  },
  'support-access/leave-support-session#leaveSupportSession': {
    action: 'support_access.left',
    prepare: async () => {
      const { c, sessionToken } = await supportSession();
      const ctx = await contextOf(sessionToken);
      return { organizationId: c.org.id, call: () => leaveSupportSession(ctx) };
    },
  },
  // Runs on every request of a support session; its event is the session it ends once the grant has ended.
  'support-access/support-session-context#supportSessionContext': {
    action: 'support_access.session_ended',
    prepare: async () => {
      const { c, grant, sessionToken } = await supportSession();
      await db().supportGrant.update({ where: { id: grant.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
      const resolved = await resolveSession(sessionToken);
      if (!('session' in resolved)) throw new Error(`support session already ended: ${resolved.ended}`);
      return { organizationId: c.org.id, call: () => supportSessionContext(resolved.session) };
    },
  },

  // ── users ──
  'users/invite-user#inviteUser': {
    action: 'user.invited',
    prepare: async () => ({
      organizationId: customer.org.id,
      call: () => inviteUser(customer.adminCtx, { email: 'coverage.invitee@example.test', role: 'member' }),
    }),
  },
  'users/resend-invitation#resendInvitation': {
    action: 'user.invitation_resent',
    prepare: async () => {
      const { invitationId } = await inviteUser(customer.adminCtx, {
        email: 'coverage.resend@example.test',
        role: 'member',
      });
      return { organizationId: customer.org.id, call: () => resendInvitation(customer.adminCtx, { invitationId }) };
    },
  },
  'users/revoke-invitation#revokeInvitation': {
    action: 'user.invitation_revoked',
    prepare: async () => {
      const { invitationId } = await inviteUser(customer.adminCtx, {
        email: 'coverage.revoke@example.test',
        role: 'member',
      });
      return { organizationId: customer.org.id, call: () => revokeInvitation(customer.adminCtx, { invitationId }) };
    },
  },
  'users/accept-invitation#acceptInvitation': {
    action: 'user.invitation_accepted',
    prepare: async () => {
      const email = 'coverage.joiner@example.test';
      await inviteUser(customer.adminCtx, { email, role: 'member' });
      const mail = (await db().mailOutbox.findMany({ where: { to: email }, orderBy: { createdAt: 'asc' } })).at(-1);
      const token = /\/invitation\?token=([A-Za-z0-9_-]+)/.exec(mail?.text ?? '')?.[1];
      if (!token) throw new Error('no invitation link in the email');
      return {
        organizationId: customer.org.id,
        call: () =>
          acceptInvitation(anonymousCtx({ ip: freshIp() }), {
            token,
            name: 'Jo Coverage',
            newPassword: 'a long and unusual passphrase 2026',
          }),
      };
    },
  },
  'users/change-member-role#changeMemberRole': {
    action: 'user.role_changed',
    prepare: async () => {
      const member = await newMember();
      return {
        organizationId: customer.org.id,
        call: () => changeMemberRole(customer.adminCtx, { userId: member.id, role: 'admin' }),
      };
    },
  },
  'users/deactivate-member#deactivateMember': {
    action: 'user.deactivated',
    prepare: async () => {
      const member = await newMember();
      return {
        organizationId: customer.org.id,
        call: () => deactivateMember(customer.adminCtx, { userId: member.id }),
      };
    },
  },
  'users/reactivate-member#reactivateMember': {
    action: 'user.reactivated',
    prepare: async () => {
      const member = await newMember();
      await deactivateMember(customer.adminCtx, { userId: member.id });
      return {
        organizationId: customer.org.id,
        call: () => reactivateMember(customer.adminCtx, { userId: member.id }),
      };
    },
  },
  'users/remove-member#removeMember': {
    action: 'user.removed',
    prepare: async () => {
      const member = await newMember();
      return { organizationId: customer.org.id, call: () => removeMember(customer.adminCtx, { userId: member.id }) };
    },
  },
  'users/revoke-member-sessions#revokeMemberSessions': {
    action: 'user.sessions_revoked',
    prepare: async () => {
      const member = await newMember();
      await liveCtx(member, customer.org);
      return {
        organizationId: customer.org.id,
        call: () => revokeMemberSessions(customer.adminCtx, { userId: member.id }),
      };
    },
  },
  'users/switch-organization#switchOrganization': {
    action: 'user.organization_switched',
    prepare: async () => {
      const user = await newMember();
      const second = await createOrganization('Second Home Co');
      await db().membership.create({ data: { userId: user.id, organizationId: second.id, role: 'member' } });
      const ctx = await liveCtx(user, customer.org);
      return { organizationId: second.id, call: () => switchOrganization(ctx, { organizationId: second.id }) };
    },
  },
  'users/transfer-ownership#transferOwnership': {
    action: 'user.ownership_transferred',
    prepare: async () => {
      const c = await customerWithAdmins('Handover Co');
      return { organizationId: c.org.id, call: () => transferOwnership(c.ownerCtx, { userId: c.admin.id }) };
    },
  },
};

/**
 * Other paths of registered use-cases, each held to the same one-event rule.
 */
const VARIANTS: [key: string, variant: string, scenario: Scenario][] = [
  ...studio.variants,
  [
    'mfa/complete-second-factor#completeSecondFactor',
    'with a recovery code',
    {
      action: 'mfa.recovery_code.used',
      prepare: async () => {
        const user = await newMember();
        await enrolTotp(user.id);
        const codes = await enrolRecoveryCodes(user.id);
        const step = await signInWithPassword(anonymousCtx({ ip: freshIp() }), {
          email: user.email,
          password: TEST_PASSWORD,
        });
        return {
          organizationId: customer.org.id,
          call: () =>
            completeSecondFactor(anonymousCtx({ ip: freshIp() }), {
              method: 'recovery-code',
              ticket: step.ticket,
              code: codes[0]!,
            }),
        };
      },
    },
  ],
  [
    'mfa/complete-second-factor#completeSecondFactor',
    'with a reused authenticator code (refused)',
    {
      action: 'mfa.totp.code_reused',
      prepare: async () => {
        const user = await newMember();
        const secret = await enrolTotp(user.id, { lastUsedStep: currentStep() });
        const step = await signInWithPassword(anonymousCtx({ ip: freshIp() }), {
          email: user.email,
          password: TEST_PASSWORD,
        });
        const code = await totpCode(secret);
        return {
          organizationId: customer.org.id,
          call: () =>
            refused(
              completeSecondFactor(anonymousCtx({ ip: freshIp() }), { method: 'totp', ticket: step.ticket, code }),
              'VALIDATION',
            ),
        };
      },
    },
  ],
  [
    'documents/verify-access-request#verifyAccessRequest',
    'for a domain on the auto-approve list',
    {
      action: 'document.access_granted',
      prepare: async () => {
        const { editorCtx } = await docWorld();
        await addAutoApproveRule(editorCtx, { domain: 'auto-approved.example', expiryDays: 30 });
        const { email } = await accessRequest('requested', 'auto-approved.example');
        const token = await linkToken(email, 'verify');
        return {
          organizationId: vendor.vendor.id,
          call: () => verifyAccessRequest(anonymousCtx({ ip: freshIp() }), { token }),
        };
      },
    },
  ],
  [
    'webhooks/set-webhook-enabled#setWebhookEnabled',
    'enabling a disabled endpoint',
    {
      action: 'webhook.enabled',
      prepare: async () => {
        const { endpoint } = await createWebhookEndpoint(customer.adminCtx, {
          url: 'http://127.0.0.1:9/coverage',
          description: '',
        });
        await setWebhookEnabled(customer.adminCtx, { endpointId: endpoint.id, enabled: false });
        return {
          organizationId: customer.org.id,
          call: () => setWebhookEnabled(customer.adminCtx, { endpointId: endpoint.id, enabled: true }),
        };
      },
    },
  ],
];

async function expectEvents(key: string, scenario: Scenario) {
  const { organizationId, call } = await scenario.prepare();
  const before = await lastSeq();
  await call();
  const written = await eventsAfter(before);
  expect(written.map((e) => e.action).sort(), `events written by one call of ${key}`).toEqual(
    [scenario.action, ...(scenario.alsoActions ?? [])].sort(),
  );
  expect(written).toHaveLength(scenario.expectedEvents ?? 1);
  expect(
    written.filter((e) => e.action === scenario.action && e.organizationId === organizationId),
    `${scenario.action} in the expected chain`,
  ).toHaveLength(1);
}

const titleOf = (name: string, s: Scenario) =>
  (s.expectedEvents ?? 1) === 1
    ? `[R27] ${name} writes exactly one event`
    : `[R27] ${name} writes ${s.expectedEvents} events (a documented exception, see the comment)`;

describe('[R27] [R29] audit coverage: every use-case writes exactly one event', () => {
  it('[R27] the registry names every use-case found in lib/ (nothing missing, nothing stale)', () => {
    const discovered = new Set(discoverAuditedUseCases());
    const known = new Set([...Object.keys(REGISTRY), ...Object.keys(EXEMPT)]);
    const missing = [...discovered].filter((k) => !known.has(k));
    const stale = [...known].filter((k) => !discovered.has(k));
    const both = Object.keys(REGISTRY).filter((k) => k in EXEMPT);
    expect(
      { missing, stale, both },
      `missing: add a REGISTRY scenario (or an EXEMPT reason) for ${missing.join(', ') || '—'}; stale: remove ${stale.join(', ') || '—'}`,
    ).toEqual({ missing: [], stale: [], both: [] });
  });

  for (const [key, scenario] of Object.entries(REGISTRY)) {
    it(titleOf(key, scenario), () => expectEvents(key, scenario));
  }

  it('[R27] every multi-event variant belongs to a registered use-case', () => {
    expect(VARIANTS.map(([key]) => key).filter((k) => !(k in REGISTRY))).toEqual([]);
  });

  for (const [key, variant, scenario] of VARIANTS) {
    it(titleOf(`${key} (${variant})`, scenario), () => expectEvents(key, scenario));
  }
});
