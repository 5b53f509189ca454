// The one place that reads process.env. Parsed once, lazily, so `next build` never needs runtime secrets;
// a bad value fails with a message that names the variable and what is wrong with it.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { z } from 'zod';

const emptyToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const flag = (def: boolean) =>
  z.preprocess(
    emptyToUndefined,
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' })
      .optional()
      .transform((v) => (v === undefined ? def : ['true', '1', 'yes'].includes(v))),
  );
const int = (def: number, min: number, max: number) =>
  z.preprocess(
    emptyToUndefined,
    z.coerce
      .number({ message: 'must be a whole number' })
      .int('must be a whole number')
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`)
      .default(def),
  );

const envSchema = z.object({
  NODE_ENV: z.preprocess(emptyToUndefined, z.enum(['development', 'production', 'test']).default('development')),
  PORT: int(3000, 1, 65535),
  APP_URL: z.preprocess(
    emptyToUndefined,
    z.url({ message: 'must be an absolute URL such as https://trust.example.com' }).optional(),
  ),
  /** How long SIGTERM/SIGINT waits for requests in flight before cutting them (server.mjs reads it too). */
  SHUTDOWN_TIMEOUT_SECONDS: int(25, 1, 3600),
  LOG_LEVEL: z.preprocess(
    emptyToUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),

  DATABASE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql:// (leave it unset for the embedded database)')
      .optional(),
  ),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('.data')),

  AUTH_SECRET: z.preprocess(emptyToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  TRUSTED_PROXIES: optionalString,
  REDIS_URL: z.preprocess(
    emptyToUndefined,
    z.string().regex(/^rediss?:\/\//, 'must start with redis:// or rediss://').optional(),
  ),
  SMTP_URL: z.preprocess(
    emptyToUndefined,
    z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional(),
  ),
  MAIL_TRANSPORT: z.preprocess(emptyToUndefined, z.enum(['log', 'smtp'], { message: 'must be log or smtp' }).optional()),
  MAIL_FROM: z.preprocess(emptyToUndefined, z.string().default('Acme Mail Trust Center <trust@acme.example>')),

  BRAND_NAME: z.preprocess(emptyToUndefined, z.string().max(80).default('Acme Mail')),
  BRAND_PRIMARY_COLOR: z.preprocess(
    emptyToUndefined,
    z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a hex colour such as #4f46e5').default('#4338ca'),
  ),
  BRAND_LOGO_URL: optionalString,
  SECURITY_CONTACT: z.preprocess(emptyToUndefined, z.string().default('mailto:security@acme.example')),
  SUPPORT_EMAIL: z.preprocess(emptyToUndefined, z.email({ message: 'must be an email address' }).default('support@acme.example')),
  ABUSE_EMAIL: z.preprocess(emptyToUndefined, z.email({ message: 'must be an email address' }).default('abuse@acme.example')),
  PRIVACY_EMAIL: z.preprocess(emptyToUndefined, z.email({ message: 'must be an email address' }).default('privacy@acme.example')),
  SECURITY_TXT_EXPIRES: z.preprocess(
    emptyToUndefined,
    z.iso.datetime({ offset: true, message: 'must be a date and time such as 2027-06-30T00:00:00Z' }).optional(),
  ),
  SECURITY_TXT_POLICY: z.preprocess(emptyToUndefined, z.url({ message: 'must be an absolute URL' }).optional()),
  SECURITY_TXT_ENCRYPTION: z.preprocess(emptyToUndefined, z.url({ message: 'must be an absolute URL' }).optional()),
  SECURITY_TXT_ACKNOWLEDGMENTS: z.preprocess(emptyToUndefined, z.url({ message: 'must be an absolute URL' }).optional()),
  SECURITY_TXT_LANGUAGES: z.preprocess(emptyToUndefined, z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*(, ?[a-z]{2,3}(-[A-Za-z0-9]+)*)*$/, 'must be language tags such as "en, de"').default('en')),

  PASSWORD_MIN_LENGTH: int(12, 8, 64),
  ARGON2_MEMORY_KIB: int(19456, 8192, 1048576),
  ARGON2_TIME_COST: int(2, 1, 10),
  ARGON2_PARALLELISM: int(1, 1, 8),
  SESSION_IDLE_MINUTES: int(30, 5, 1440),
  SESSION_ABSOLUTE_HOURS: int(12, 1, 720),
  INVITATION_EXPIRY_DAYS: int(7, 1, 30),
  SUPPORT_GRANT_MIN_MINUTES: int(60, 1, 1440),
  SUPPORT_GRANT_MAX_DAYS: int(30, 1, 90),

  MFA_ENCRYPTION_KEYS: optionalString,
  WEBAUTHN_RP_ID: z.preprocess(
    emptyToUndefined,
    z.string().regex(/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i, 'must be a host name such as trust.example.com (no scheme or port)').optional(),
  ),
  WEBAUTHN_ORIGIN: z.preprocess(emptyToUndefined, z.url({ message: 'must be an origin such as https://trust.example.com' }).optional()),

  AUDIT_RETENTION_DAYS: int(400, 30, 36500),
  AUDIT_SIGNING_KEY: optionalString,

  SUBPROCESSOR_NOTICE_DAYS: int(30, 0, 365),

  DOCUMENT_STORAGE_DIR: optionalString,
  DOCUMENT_MAX_UPLOAD_MB: int(25, 1, 1024),
  DOCUMENT_LINK_TTL_SECONDS: int(300, 30, 3600),
  DOCUMENT_VIEWER_SESSION_HOURS: int(12, 1, 168),
  // S3-compatible document store: DOCUMENT_S3_BUCKET switches it on (see .env.example).
  DOCUMENT_S3_BUCKET: z.preprocess(
    emptyToUndefined,
    z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name: 3–63 lowercase letters, digits, dots or hyphens').optional(),
  ),
  DOCUMENT_S3_REGION: z.preprocess(emptyToUndefined, z.string().regex(/^[a-z0-9-]{2,32}$/, 'must be a region such as us-east-1').default('us-east-1')),
  DOCUMENT_S3_ENDPOINT: z.preprocess(
    emptyToUndefined,
    z.url({ protocol: /^https?$/, message: 'must be an http:// or https:// URL such as https://minio.example.com:9000' }).optional(),
  ),
  DOCUMENT_S3_FORCE_PATH_STYLE: flag(false),
  DOCUMENT_S3_SSE: z.preprocess(
    emptyToUndefined,
    z.enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' }).optional(),
  ),
  DOCUMENT_S3_ACCESS_KEY_ID: optionalString,
  DOCUMENT_S3_SECRET_ACCESS_KEY: optionalString,
  DOCUMENT_S3_PREFIX: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[a-zA-Z0-9][a-zA-Z0-9/_.-]{0,100}$/, 'must be letters, digits, /, _, . or - (not starting with /)')
      .refine((v) => !v.includes('..') && !v.includes('//'), 'must not contain .. or //')
      .optional(),
  ),

  SEED_ALLOW_PRODUCTION: flag(false),
  // Demo data at start (npm start / npm run dev): default on with the embedded database, off with DATABASE_URL.
  DEMO_DATA: z.preprocess(
    emptyToUndefined,
    z.enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' }).optional(),
  ),

  // Self-service sign-up (lib/signup): off by default; allowlist admits only SIGNUP_EMAIL_DOMAINS.
  SIGNUP_MODE: z.preprocess(emptyToUndefined, z.enum(['off', 'open', 'allowlist'], { message: 'must be off, open or allowlist' }).default('off')),
  SIGNUP_EMAIL_DOMAINS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\s*[a-z0-9.-]+\.[a-z]{2,}\s*(,\s*[a-z0-9.-]+\.[a-z]{2,}\s*)*$/i, 'must be comma-separated domains such as example.com, example.org')
      .optional(),
  ),

  // Daily automatic backup of the embedded database (lib/backup/schedule.ts); unset = none.
  BACKUP_DIR: optionalString,
  BACKUP_KEEP: int(7, 1, 365),

  // End-to-end test server only (scripts/e2e-server.mjs): bearer token of POST /api/test/seed (lib/testing).
  E2E_SEED_TOKEN: z.preprocess(emptyToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`);
    this.name = 'ConfigError';
  }
}

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
  securityTxt: { expires: string | undefined; policy: string | undefined; encryption: string | undefined; acknowledgments: string | undefined; languages: string };
  seedAllowProduction: boolean;
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
  documents: { storageDir: string; maxUploadBytes: number; linkTtlSeconds: number; viewerSessionHours: number; s3: DocumentS3Config | undefined };
  /** Daily backups of the embedded database into dir (absolute), keeping the newest `keep`; undefined = off. */
  backup: { dir: string; keep: number } | undefined;
  /** Bearer token of the e2e seeding endpoint; set only on a throwaway test database (see parseConfig). */
  e2eSeedToken: string | undefined;
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

export interface MfaKey {
  id: string;
  key: Buffer;
}

/** MFA_ENCRYPTION_KEYS: `id:base64key` entries separated by commas; each key is 32 bytes (AES-256). */
export function parseMfaKeys(raw: string): { keys: MfaKey[]; problems: string[] } {
  const keys: MfaKey[] = [];
  const problems: string[] = [];
  for (const entry of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    const [id, b64, ...rest] = entry.split(':');
    if (!id || !b64 || rest.length || !/^[A-Za-z0-9_-]{1,32}$/.test(id)) {
      problems.push('MFA_ENCRYPTION_KEYS: each entry must look like id:base64key (id of letters, digits, - or _)');
      continue;
    }
    const key = Buffer.from(b64, 'base64');
    if (key.length !== 32) problems.push(`MFA_ENCRYPTION_KEYS: key "${id}" must be 32 bytes encoded in base64 (openssl rand -base64 32)`);
    else if (keys.some((k) => k.id === id)) problems.push(`MFA_ENCRYPTION_KEYS: key id "${id}" appears twice`);
    else keys.push({ id, key });
  }
  if (!problems.length && !keys.length) problems.push('MFA_ENCRYPTION_KEYS: lists no key');
  return { keys, problems };
}

/**
 * AUDIT_SIGNING_KEY: an Ed25519 private key, as PEM (newlines may be written as \n) or as base64 of that PEM
 * or of its PKCS#8 DER (`openssl genpkey -algorithm ed25519 | base64 -w0`). Returns the key as PEM.
 */
export function parseAuditSigningKey(raw: string): { pem: string } | { problem: string } {
  const text = raw.trim().replace(/\\n/g, '\n');
  const candidates: (string | Buffer)[] = [text];
  if (!text.includes('-----BEGIN')) {
    const bytes = Buffer.from(text, 'base64');
    candidates.push(bytes.toString('utf8'), bytes);
  }
  for (const candidate of candidates) {
    try {
      const key = typeof candidate === 'string'
        ? crypto.createPrivateKey(candidate)
        : crypto.createPrivateKey({ key: candidate, format: 'der', type: 'pkcs8' });
      if (key.asymmetricKeyType !== 'ed25519') return { problem: `must be an Ed25519 key, not ${key.asymmetricKeyType ?? 'this kind of key'} (openssl genpkey -algorithm ed25519)` };
      return { pem: key.export({ format: 'pem', type: 'pkcs8' }).toString() };
    } catch {
      // try the next reading
    }
  }
  return { problem: 'must be an Ed25519 private key in PEM, or its base64 (openssl genpkey -algorithm ed25519 | base64 -w0)' };
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
  const trustedProxies = (e.TRUSTED_PROXIES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  if (e.NODE_ENV === 'production' && e.DATABASE_URL && !e.MFA_ENCRYPTION_KEYS) {
    problems.push('MFA_ENCRYPTION_KEYS: is required in production with DATABASE_URL (all instances must share it)');
  }
  if (e.NODE_ENV === 'production' && e.DATABASE_URL && !e.AUDIT_SIGNING_KEY) {
    problems.push('AUDIT_SIGNING_KEY: is required in production with DATABASE_URL (all instances must sign audit checkpoints with one key)');
  }
  const auditSigningKey = e.AUDIT_SIGNING_KEY ? parseAuditSigningKey(e.AUDIT_SIGNING_KEY) : undefined;
  if (auditSigningKey && 'problem' in auditSigningKey) problems.push(`AUDIT_SIGNING_KEY: ${auditSigningKey.problem}`);
  const mfaKeys = e.MFA_ENCRYPTION_KEYS ? parseMfaKeys(e.MFA_ENCRYPTION_KEYS) : undefined;
  if (mfaKeys) problems.push(...mfaKeys.problems);
  const s3Extras = (['DOCUMENT_S3_ENDPOINT', 'DOCUMENT_S3_ACCESS_KEY_ID', 'DOCUMENT_S3_SECRET_ACCESS_KEY', 'DOCUMENT_S3_PREFIX'] as const).filter((k) => e[k] !== undefined);
  if (!e.DOCUMENT_S3_BUCKET && s3Extras.length) {
    problems.push(`DOCUMENT_S3_BUCKET: is required when ${s3Extras.join(', ')} ${s3Extras.length > 1 ? 'are' : 'is'} set (it switches document storage to S3)`);
  }
  if (!e.DOCUMENT_S3_ACCESS_KEY_ID !== !e.DOCUMENT_S3_SECRET_ACCESS_KEY) {
    problems.push(`${e.DOCUMENT_S3_ACCESS_KEY_ID ? 'DOCUMENT_S3_SECRET_ACCESS_KEY' : 'DOCUMENT_S3_ACCESS_KEY_ID'}: set both access key variables, or neither to use the default credential chain`);
  }
  const signupDomains = (e.SIGNUP_EMAIL_DOMAINS ?? '').split(',').map((d) => d.trim().toLowerCase()).filter(Boolean);
  if (e.SIGNUP_MODE === 'allowlist' && !signupDomains.length) {
    problems.push('SIGNUP_EMAIL_DOMAINS: is required when SIGNUP_MODE=allowlist (comma-separated domains such as example.com)');
  }
  if (e.NODE_ENV === 'production' && e.DATABASE_URL && !e.SMTP_URL) {
    problems.push('SMTP_URL: is required in production with DATABASE_URL (sign-in links, invitations and notices must reach people; MAIL_TRANSPORT=log is for the embedded demo)');
  } else if (e.MAIL_TRANSPORT === 'smtp' && !e.SMTP_URL) {
    problems.push('MAIL_TRANSPORT: smtp needs SMTP_URL (or set MAIL_TRANSPORT=log to keep emails in the local outbox)');
  }
  const dataDir = path.resolve(e.DATA_DIR);
  // The seeding endpoint creates users with a known password: a deployment must never start with it. Both
  // e2e servers run a production build (NODE_ENV=production), so the guard is the database, not NODE_ENV:
  // only the embedded one in a .test-data/ folder, which the test scripts create and delete.
  if (e.E2E_SEED_TOKEN && (e.DATABASE_URL || !dataDir.split(path.sep).includes('.test-data'))) {
    problems.push('E2E_SEED_TOKEN: is for the end-to-end test server only (embedded database under .test-data/); unset it');
  }
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
            serverSideEncryption: e.DOCUMENT_S3_SSE === undefined ? !e.DOCUMENT_S3_ENDPOINT : ['true', '1', 'yes'].includes(e.DOCUMENT_S3_SSE),
            credentials:
              e.DOCUMENT_S3_ACCESS_KEY_ID && e.DOCUMENT_S3_SECRET_ACCESS_KEY
                ? { accessKeyId: e.DOCUMENT_S3_ACCESS_KEY_ID, secretAccessKey: e.DOCUMENT_S3_SECRET_ACCESS_KEY }
                : undefined,
            prefix: e.DOCUMENT_S3_PREFIX ? e.DOCUMENT_S3_PREFIX.replace(/\/?$/, '/') : '',
          }
        : undefined,
    },
    backup: e.BACKUP_DIR ? { dir: path.resolve(e.BACKUP_DIR), keep: e.BACKUP_KEEP } : undefined,
    e2eSeedToken: e.E2E_SEED_TOKEN,
  };
}

let cached: AppConfig | undefined;

export function getConfig(): AppConfig {
  cached ??= parseConfig(process.env);
  return cached;
}

/** For tests that change process.env between cases. */
export function resetConfigForTests(): void {
  cached = undefined;
}

/**
 * The signing secret: AUTH_SECRET, or — for the zero-setup embedded mode — a random one created once
 * under the data directory, so sessions survive restarts without any configuration.
 */
export function getAuthSecret(): string {
  const cfg = getConfig();
  if (cfg.authSecret) return cfg.authSecret;
  const file = path.join(cfg.dataDir, 'auth-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(cfg.dataDir, { recursive: true });
    const secret = crypto.randomBytes(32).toString('base64url');
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  }
}

/**
 * The keys for TOTP secrets: MFA_ENCRYPTION_KEYS, or — in the zero-setup embedded mode — one random key
 * created once under the data directory (like the auth secret). Never logged.
 */
export function getMfaKeys(): MfaKey[] {
  const cfg = getConfig();
  if (cfg.mfaEncryptionKeys) return cfg.mfaEncryptionKeys;
  const file = path.join(cfg.dataDir, 'mfa-keys');
  const read = () => {
    const parsed = parseMfaKeys(fs.readFileSync(file, 'utf8'));
    if (parsed.problems.length) throw new ConfigError(parsed.problems.map((p) => `${file}: ${p}`));
    return parsed.keys;
  };
  try {
    return read();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    fs.mkdirSync(cfg.dataDir, { recursive: true });
    try {
      fs.writeFileSync(file, `local1:${crypto.randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (writeErr) {
      // Another process created it first: use theirs.
      if ((writeErr as NodeJS.ErrnoException).code !== 'EEXIST') throw writeErr;
    }
    return read();
  }
}

/**
 * The key that signs audit checkpoints: AUDIT_SIGNING_KEY, or — in the zero-setup embedded mode — an
 * Ed25519 key created once under the data directory (like the MFA keys). Never logged.
 */
export function getAuditSigningKeyPem(): string {
  const cfg = getConfig();
  if (cfg.auditSigningKey) return cfg.auditSigningKey;
  const file = path.join(cfg.dataDir, 'audit-signing-key.pem');
  const read = () => {
    const parsed = parseAuditSigningKey(fs.readFileSync(file, 'utf8'));
    if ('problem' in parsed) throw new ConfigError([`${file}: ${parsed.problem}`]);
    return parsed.pem;
  };
  try {
    return read();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    fs.mkdirSync(cfg.dataDir, { recursive: true });
    const { privateKey } = crypto.generateKeyPairSync('ed25519');
    try {
      fs.writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
    } catch (writeErr) {
      // Another process created it first: use theirs.
      if ((writeErr as NodeJS.ErrnoException).code !== 'EEXIST') throw writeErr;
    }
    return read();
  }
}
