// The environment's schema: every variable, its default and the message a bad value gets. Parsing and the
// values derived from it are in ./derived.ts; lib/config/index.ts is what the rest of the code imports.
import { z } from 'zod';
import { parseLocaleList } from '../i18n/locale-config';

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

export const envSchema = z.object({
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
      .regex(
        /^postgres(ql)?:\/\//,
        'must start with postgres:// or postgresql:// (leave it unset for the embedded database)',
      )
      .optional(),
  ),
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('.data')),

  AUTH_SECRET: z.preprocess(emptyToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
  TRUSTED_PROXIES: optionalString,
  REDIS_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
      .optional(),
  ),
  SMTP_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
  ),
  MAIL_TRANSPORT: z.preprocess(
    emptyToUndefined,
    z.enum(['log', 'smtp'], { message: 'must be log or smtp' }).optional(),
  ),
  MAIL_FROM: z.preprocess(emptyToUndefined, z.string().default('Acme Mail Trust Center <trust@acme.example>')),

  BRAND_NAME: z.preprocess(emptyToUndefined, z.string().max(80).default('Acme Mail')),
  BRAND_PRIMARY_COLOR: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'must be a hex colour such as #4f46e5')
      .default('#4338ca'),
  ),
  BRAND_LOGO_URL: optionalString,
  SECURITY_CONTACT: z.preprocess(emptyToUndefined, z.string().default('mailto:security@acme.example')),
  SUPPORT_EMAIL: z.preprocess(
    emptyToUndefined,
    z.email({ message: 'must be an email address' }).default('support@acme.example'),
  ),
  ABUSE_EMAIL: z.preprocess(
    emptyToUndefined,
    z.email({ message: 'must be an email address' }).default('abuse@acme.example'),
  ),
  PRIVACY_EMAIL: z.preprocess(
    emptyToUndefined,
    z.email({ message: 'must be an email address' }).default('privacy@acme.example'),
  ),
  SECURITY_TXT_EXPIRES: z.preprocess(
    emptyToUndefined,
    z.iso.datetime({ offset: true, message: 'must be a date and time such as 2027-06-30T00:00:00Z' }).optional(),
  ),
  SECURITY_TXT_POLICY: z.preprocess(emptyToUndefined, z.url({ message: 'must be an absolute URL' }).optional()),
  SECURITY_TXT_ENCRYPTION: z.preprocess(emptyToUndefined, z.url({ message: 'must be an absolute URL' }).optional()),
  SECURITY_TXT_ACKNOWLEDGMENTS: z.preprocess(
    emptyToUndefined,
    z.url({ message: 'must be an absolute URL' }).optional(),
  ),
  SECURITY_TXT_LANGUAGES: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*(, ?[a-z]{2,3}(-[A-Za-z0-9]+)*)*$/, 'must be language tags such as "en, de"')
      .default('en'),
  ),

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
    z
      .string()
      .regex(/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$/i, 'must be a host name such as trust.example.com (no scheme or port)')
      .optional(),
  ),
  WEBAUTHN_ORIGIN: z.preprocess(
    emptyToUndefined,
    z.url({ message: 'must be an origin such as https://trust.example.com' }).optional(),
  ),

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
    z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
        'must be a bucket name: 3–63 lowercase letters, digits, dots or hyphens',
      )
      .optional(),
  ),
  DOCUMENT_S3_REGION: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[a-z0-9-]{2,32}$/, 'must be a region such as us-east-1')
      .default('us-east-1'),
  ),
  DOCUMENT_S3_ENDPOINT: z.preprocess(
    emptyToUndefined,
    z
      .url({
        protocol: /^https?$/,
        message: 'must be an http:// or https:// URL such as https://minio.example.com:9000',
      })
      .optional(),
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

  // Languages of the public trust center, first = default (lib/i18n/locale-config.ts decides the default
  // when unset: en,de with the demo data, en otherwise).
  CONTENT_LOCALES: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .superRefine((v, ctx) => {
        const parsed = parseLocaleList(v);
        if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
      })
      .optional(),
  ),

  SEED_ALLOW_PRODUCTION: flag(false),
  // Demo data at start (npm start / npm run dev): default on with the embedded database, off with DATABASE_URL.
  DEMO_DATA: z.preprocess(
    emptyToUndefined,
    z.enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'must be true or false' }).optional(),
  ),

  // Self-service sign-up (lib/signup): off by default; allowlist admits only SIGNUP_EMAIL_DOMAINS.
  SIGNUP_MODE: z.preprocess(
    emptyToUndefined,
    z.enum(['off', 'open', 'allowlist'], { message: 'must be off, open or allowlist' }).default('off'),
  ),
  SIGNUP_EMAIL_DOMAINS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(
        /^\s*[a-z0-9.-]+\.[a-z]{2,}\s*(,\s*[a-z0-9.-]+\.[a-z]{2,}\s*)*$/i,
        'must be comma-separated domains such as example.com, example.org',
      )
      .optional(),
  ),

  // Daily automatic backup of the embedded database (lib/backup/schedule.ts); unset = none.
  BACKUP_DIR: optionalString,
  BACKUP_KEEP: int(7, 1, 365),

  // Single sign-on (lib/oidc, lib/sso). Plain-http issuers: default on outside production only (a local IdP).
  SSO_ALLOW_HTTP_ISSUERS: z.preprocess(emptyToUndefined, z.enum(['true', 'false', '1', '0', 'yes', 'no']).optional()),
  /** Every request to an identity provider (discovery, token, keys) gives up after this many seconds. */
  SSO_HTTP_TIMEOUT_SECONDS: int(10, 1, 60),
  /** DNS server for domain-claim TXT lookups, host:port (unset = the system resolver). */
  SSO_DNS_RESOLVER: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[0-9a-f.:\[\]]+(:\d+)?$/i, 'must be an IP address with an optional port, such as 127.0.0.1:53')
      .optional(),
  ),

  // Document viewers (issue 19, lib/documents/viewer-providers.ts): prospects confirm their work email by
  // signing in with Google Workspace or Microsoft Entra ID instead of the emailed link. Set a client's id
  // and secret to show its button; the *_ISSUER overrides exist for tests (a local provider stands in).
  VIEWER_GOOGLE_CLIENT_ID: optionalString,
  VIEWER_GOOGLE_CLIENT_SECRET: optionalString,
  VIEWER_GOOGLE_ISSUER: z.preprocess(emptyToUndefined, z.url({ message: 'must be an absolute URL' }).optional()),
  VIEWER_MICROSOFT_CLIENT_ID: optionalString,
  VIEWER_MICROSOFT_CLIENT_SECRET: optionalString,
  /** "organizations" (any work or school account) or one tenant's id; never the consumer tenant. */
  VIEWER_MICROSOFT_TENANT: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^(organizations|common|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, {
        message: 'must be organizations, common or a tenant id (a uuid)',
      })
      .refine((v) => v.toLowerCase() !== '9188040d-6c67-4c5b-b112-36a304b66dad', {
        message: 'is the Microsoft consumer tenant: document viewers must use work accounts',
      })
      .default('organizations'),
  ),
  VIEWER_MICROSOFT_ISSUER: z.preprocess(emptyToUndefined, z.url({ message: 'must be an absolute URL' }).optional()),

  // End-to-end test server only (scripts/e2e.mjs): bearer token of POST /api/test/seed (lib/testing).
  E2E_SEED_TOKEN: z.preprocess(emptyToUndefined, z.string().min(32, 'must be at least 32 characters').optional()),
});

export type Env = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(
      `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`,
    );
    this.name = 'ConfigError';
  }
}
