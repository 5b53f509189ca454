// From a parsed environment to the AppConfig the code reads: cross-variable rules (what production with
// DATABASE_URL requires, S3 variables that need each other) and derived values (URLs, paths, defaults that
// depend on another variable). Pure: no file or process access beyond resolving paths.
import path from 'node:path';
import { ConfigError, envSchema, type Env } from './schema';
import { resolveContentLocales } from '../i18n/locale-config';
import { viewerProvidersFrom, type ViewerProviderConfig } from './viewer-providers';
import { parseAuditSigningKey, parseMfaKeys, type MfaKey } from './keys';

export interface AppConfig {
  env: Env['NODE_ENV'];
  isProduction: boolean;
  port: number;
  appUrl: URL;
  logLevel: Env['LOG_LEVEL'];
  shutdownTimeoutSeconds: number;
  database: { kind: 'postgres'; url: string } | { kind: 'embedded'; dataDir: string };
  dataDir: string;
  authSecret: string | undefined;
  trustedProxies: string[];
  redisUrl: string | undefined;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** smtp: sent through SMTP_URL. log: not sent, marked sent, logged and listed at /studio/outbox (demo). */
  mailTransport: 'log' | 'smtp';
  brand: { name: string; primaryColor: string; logoUrl: string | undefined };
  securityContact: string;
  supportEmail: string;
  abuseEmail: string;
  /** Where customers may also send objections to sub-processor changes. */
  privacyEmail: string;
  /** Minimum notice, in days, between publishing a sub-processor change and its effective date. */
  subprocessorNoticeDays: number;
  /** RFC 9116 fields of /.well-known/security.txt; Contact is securityContact. */
  securityTxt: {
    expires: string | undefined;
    policy: string | undefined;
    encryption: string | undefined;
    acknowledgments: string | undefined;
    languages: string;
  };
  seedAllowProduction: boolean;
  /** Languages of the public trust center: `list[0]` is the default (CONTENT_LOCALES). */
  locales: { list: string[]; default: string };
  /** Load the demo organizations when the database is empty at start; off = first-run setup at /setup. */
  demoData: boolean;
  /** Self-service sign-up: who may create a customer organization at /signup (domains for allowlist, lower-cased). */
  signup: { mode: 'off' | 'open' | 'allowlist'; emailDomains: string[] };
  auditRetentionDays: number;
  /** Ed25519 private key (PEM) that signs audit checkpoints; undefined = a generated local key (getAuditSigningKeyPem). */
  auditSigningKey: string | undefined;
  passwordMinLength: number;
  argon2: { memoryCost: number; timeCost: number; parallelism: number };
  session: { idleMinutes: number; absoluteHours: number };
  /** How long an invitation link works. */
  invitationExpiryDays: number;
  /** Bounds of a support grant's duration (default 1 hour to 30 days). */
  supportGrant: { minMinutes: number; maxDays: number };
  /** Keys for TOTP secrets at rest, first one encrypts; undefined = a generated local key (getMfaKeys). */
  mfaEncryptionKeys: MfaKey[] | undefined;
  webauthn: { rpId: string; rpName: string; origin: string };
  /** Document library: files under storageDir (default DATA_DIR/documents), upload limit, signed-link lifetime. */
  documents: {
    storageDir: string;
    maxUploadBytes: number;
    linkTtlSeconds: number;
    viewerSessionHours: number;
    s3: DocumentS3Config | undefined;
  };
  /** Daily backups of the embedded database into dir (absolute), keeping the newest `keep`; undefined = off. */
  backup: { dir: string; keep: number } | undefined;
  /** Bearer token of the e2e seeding endpoint; set only on a throwaway test database (see parseConfig). */
  e2eSeedToken: string | undefined;
  /** Single sign-on: plain-http issuers allowed (never in production unless set), timeout, TXT resolver. */
  sso: { allowHttpIssuers: boolean; httpTimeoutSeconds: number; dnsResolver: string | undefined };
  /** Google / Microsoft sign-in for document viewers (VIEWER_*); empty = the emailed link only. */
  viewerProviders: ViewerProviderConfig[];
}

/** S3-compatible document store (DOCUMENT_S3_*); undefined = the local filesystem. */
export interface DocumentS3Config {
  bucket: string;
  region: string;
  /** Custom endpoint for S3-compatible stores (MinIO, Ceph…); undefined = AWS. */
  endpoint: string | undefined;
  forcePathStyle: boolean;
  /** Request SSE-S3 (AES256) on every write: default on for AWS, off with a custom endpoint. */
  serverSideEncryption: boolean;
  /** Static keys; undefined = the SDK's default credential chain (env, profile, instance/task role). */
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
  /** Prepended to every storage key; '' or ends with '/'. */
  prefix: string;
}

/** Pure: turns an environment into a config or throws ConfigError naming every bad variable. */
export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = result.data;
  const problems: string[] = [];
  if (e.NODE_ENV === 'production' && e.DATABASE_URL && !e.AUTH_SECRET) {
    problems.push('AUTH_SECRET: is required in production with DATABASE_URL (all instances must share it)');
  }
  const trustedProxies = (e.TRUSTED_PROXIES ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (e.NODE_ENV === 'production' && e.DATABASE_URL && !e.MFA_ENCRYPTION_KEYS) {
    problems.push('MFA_ENCRYPTION_KEYS: is required in production with DATABASE_URL (all instances must share it)');
  }
  if (e.NODE_ENV === 'production' && e.DATABASE_URL && !e.AUDIT_SIGNING_KEY) {
    problems.push(
      'AUDIT_SIGNING_KEY: is required in production with DATABASE_URL (all instances must sign audit checkpoints with one key)',
    );
  }
  const auditSigningKey = e.AUDIT_SIGNING_KEY ? parseAuditSigningKey(e.AUDIT_SIGNING_KEY) : undefined;
  if (auditSigningKey && 'problem' in auditSigningKey) problems.push(`AUDIT_SIGNING_KEY: ${auditSigningKey.problem}`);
  const mfaKeys = e.MFA_ENCRYPTION_KEYS ? parseMfaKeys(e.MFA_ENCRYPTION_KEYS) : undefined;
  if (mfaKeys) problems.push(...mfaKeys.problems);
  const s3Extras = (
    [
      'DOCUMENT_S3_ENDPOINT',
      'DOCUMENT_S3_ACCESS_KEY_ID',
      'DOCUMENT_S3_SECRET_ACCESS_KEY',
      'DOCUMENT_S3_PREFIX',
    ] as const
  ).filter((k) => e[k] !== undefined);
  if (!e.DOCUMENT_S3_BUCKET && s3Extras.length) {
    problems.push(
      `DOCUMENT_S3_BUCKET: is required when ${s3Extras.join(', ')} ${s3Extras.length > 1 ? 'are' : 'is'} set (it switches document storage to S3)`,
    );
  }
  if (!e.DOCUMENT_S3_ACCESS_KEY_ID !== !e.DOCUMENT_S3_SECRET_ACCESS_KEY) {
    problems.push(
      `${e.DOCUMENT_S3_ACCESS_KEY_ID ? 'DOCUMENT_S3_SECRET_ACCESS_KEY' : 'DOCUMENT_S3_ACCESS_KEY_ID'}: set both access key variables, or neither to use the default credential chain`,
    );
  }
  const signupDomains = (e.SIGNUP_EMAIL_DOMAINS ?? '')
    .split(',')
    .map((d) => d.trim().toLowerCase())
    .filter(Boolean);
  if (e.SIGNUP_MODE === 'allowlist' && !signupDomains.length) {
    problems.push(
      'SIGNUP_EMAIL_DOMAINS: is required when SIGNUP_MODE=allowlist (comma-separated domains such as example.com)',
    );
  }
  if (e.NODE_ENV === 'production' && e.DATABASE_URL && !e.SMTP_URL) {
    problems.push(
      'SMTP_URL: is required in production with DATABASE_URL (sign-in links, invitations and notices must reach people; MAIL_TRANSPORT=log is for the embedded demo)',
    );
  } else if (e.MAIL_TRANSPORT === 'smtp' && !e.SMTP_URL) {
    problems.push('MAIL_TRANSPORT: smtp needs SMTP_URL (or set MAIL_TRANSPORT=log to keep emails in the local outbox)');
  }
  const dataDir = path.resolve(e.DATA_DIR);
  // The seeding endpoint creates users with a known password: a deployment must never start with it. Both
  // e2e servers run a production build (NODE_ENV=production), so the guard is the database, not NODE_ENV:
  // only the embedded one in a .test-data/ folder, which the test scripts create and delete.
  if (e.E2E_SEED_TOKEN && (e.DATABASE_URL || !dataDir.split(path.sep).includes('.test-data'))) {
    problems.push(
      'E2E_SEED_TOKEN: is for the end-to-end test server only (embedded database under .test-data/); unset it',
    );
  }
  const viewerProviders = viewerProvidersFrom(e, problems);
  if (problems.length) throw new ConfigError(problems);
  const appUrl = new URL(e.APP_URL ?? `http://localhost:${e.PORT}`);
  return {
    env: e.NODE_ENV,
    isProduction: e.NODE_ENV === 'production',
    port: e.PORT,
    appUrl,
    logLevel: e.LOG_LEVEL,
    shutdownTimeoutSeconds: e.SHUTDOWN_TIMEOUT_SECONDS,
    database: e.DATABASE_URL ? { kind: 'postgres', url: e.DATABASE_URL } : { kind: 'embedded', dataDir },
    dataDir,
    authSecret: e.AUTH_SECRET,
    trustedProxies,
    redisUrl: e.REDIS_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    mailTransport: e.MAIL_TRANSPORT ?? (e.SMTP_URL ? 'smtp' : 'log'),
    brand: { name: e.BRAND_NAME, primaryColor: e.BRAND_PRIMARY_COLOR, logoUrl: e.BRAND_LOGO_URL },
    securityContact: e.SECURITY_CONTACT,
    supportEmail: e.SUPPORT_EMAIL,
    abuseEmail: e.ABUSE_EMAIL,
    privacyEmail: e.PRIVACY_EMAIL,
    subprocessorNoticeDays: e.SUBPROCESSOR_NOTICE_DAYS,
    securityTxt: {
      expires: e.SECURITY_TXT_EXPIRES,
      policy: e.SECURITY_TXT_POLICY,
      encryption: e.SECURITY_TXT_ENCRYPTION,
      acknowledgments: e.SECURITY_TXT_ACKNOWLEDGMENTS,
      languages: e.SECURITY_TXT_LANGUAGES,
    },
    seedAllowProduction: e.SEED_ALLOW_PRODUCTION,
    locales: localesOf(e),
    demoData: e.DEMO_DATA === undefined ? !e.DATABASE_URL : ['true', '1', 'yes'].includes(e.DEMO_DATA),
    signup: { mode: e.SIGNUP_MODE, emailDomains: signupDomains },
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    auditSigningKey: auditSigningKey && 'pem' in auditSigningKey ? auditSigningKey.pem : undefined,
    passwordMinLength: e.PASSWORD_MIN_LENGTH,
    argon2: { memoryCost: e.ARGON2_MEMORY_KIB, timeCost: e.ARGON2_TIME_COST, parallelism: e.ARGON2_PARALLELISM },
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    invitationExpiryDays: e.INVITATION_EXPIRY_DAYS,
    supportGrant: { minMinutes: e.SUPPORT_GRANT_MIN_MINUTES, maxDays: e.SUPPORT_GRANT_MAX_DAYS },
    mfaEncryptionKeys: mfaKeys?.keys,
    webauthn: {
      rpId: e.WEBAUTHN_RP_ID ?? appUrl.hostname,
      rpName: e.BRAND_NAME,
      origin: e.WEBAUTHN_ORIGIN ? new URL(e.WEBAUTHN_ORIGIN).origin : appUrl.origin,
    },
    documents: {
      storageDir: e.DOCUMENT_STORAGE_DIR ? path.resolve(e.DOCUMENT_STORAGE_DIR) : path.join(dataDir, 'documents'),
      maxUploadBytes: e.DOCUMENT_MAX_UPLOAD_MB * 1024 * 1024,
      linkTtlSeconds: e.DOCUMENT_LINK_TTL_SECONDS,
      viewerSessionHours: e.DOCUMENT_VIEWER_SESSION_HOURS,
      s3: e.DOCUMENT_S3_BUCKET
        ? {
            bucket: e.DOCUMENT_S3_BUCKET,
            region: e.DOCUMENT_S3_REGION,
            endpoint: e.DOCUMENT_S3_ENDPOINT,
            forcePathStyle: e.DOCUMENT_S3_FORCE_PATH_STYLE,
            serverSideEncryption:
              e.DOCUMENT_S3_SSE === undefined
                ? !e.DOCUMENT_S3_ENDPOINT
                : ['true', '1', 'yes'].includes(e.DOCUMENT_S3_SSE),
            credentials:
              e.DOCUMENT_S3_ACCESS_KEY_ID && e.DOCUMENT_S3_SECRET_ACCESS_KEY
                ? { accessKeyId: e.DOCUMENT_S3_ACCESS_KEY_ID, secretAccessKey: e.DOCUMENT_S3_SECRET_ACCESS_KEY }
                : undefined,
            prefix: e.DOCUMENT_S3_PREFIX ? e.DOCUMENT_S3_PREFIX.replace(/\/?$/, '/') : '',
          }
        : undefined,
    },
    backup: e.BACKUP_DIR ? { dir: path.resolve(e.BACKUP_DIR), keep: e.BACKUP_KEEP } : undefined,
    sso: {
      allowHttpIssuers:
        e.SSO_ALLOW_HTTP_ISSUERS === undefined
          ? e.NODE_ENV !== 'production'
          : ['true', '1', 'yes'].includes(e.SSO_ALLOW_HTTP_ISSUERS),
      httpTimeoutSeconds: e.SSO_HTTP_TIMEOUT_SECONDS,
      dnsResolver: e.SSO_DNS_RESOLVER,
    },
    viewerProviders,
    e2eSeedToken: e.E2E_SEED_TOKEN,
  };
}

function localesOf(e: Env): AppConfig['locales'] {
  const list = resolveContentLocales(e);
  return { list, default: list[0]! };
}
