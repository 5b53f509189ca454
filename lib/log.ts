import pino from 'pino';

// Field names whose values must never be written, wherever they appear (R28). JSON encoding already
// neutralises control characters, so a newline in user input cannot forge a log line.
const REDACT = [
  'password',
  'currentPassword',
  'newPassword',
  'token',
  'secret',
  'code',
  'otp',
  'recoveryCode',
  'authorization',
  'cookie',
  'apiKey',
  'passwordHash',
  'tokenHash',
  'ticket',
].flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);

export const logger = pino({
  level: process.env.LOG_LEVEL || 'info',
  base: { svc: 'trust-center' },
  redact: { paths: REDACT, censor: '[redacted]' },
  timestamp: pino.stdTimeFunctions.isoTime,
});
