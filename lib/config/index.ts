// The one place that reads process.env. Parsed once, lazily, so `next build` never needs runtime secrets;
// a bad value fails with a message that names the variable and what is wrong with it.
//   schema.ts         every variable: type, default, message
//   derived.ts        AppConfig and parseConfig (cross-variable rules, derived values)
//   keys.ts           parsing the TOTP keys and the audit signing key
//   current.ts        getConfig(): this process's configuration
//   local-secrets.ts  secrets generated once under DATA_DIR in the zero-setup embedded mode
export { ConfigError, type Env } from './schema';
export { parseAuditSigningKey, parseMfaKeys, type MfaKey } from './keys';
export { parseConfig, type AppConfig, type DocumentS3Config } from './derived';
export { getConfig, resetConfigForTests } from './current';
export { getAuditSigningKeyPem, getAuthSecret, getMfaKeys } from './local-secrets';
