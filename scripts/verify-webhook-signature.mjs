#!/usr/bin/env node
// Verifies a Trust Center webhook request the way a receiver should (README, "Webhooks"). Two uses:
//
//   node scripts/verify-webhook-signature.mjs --secret whsec_… --header 't=…,v1=…' --body body.json
//       checks one captured request (body = the raw bytes received; "-" reads standard input);
//   node scripts/verify-webhook-signature.mjs --secret whsec_… --listen 8787
//       runs a local receiver that prints each request and whether its signature verifies.
//
// Exit code 0 = valid, 1 = invalid, 2 = usage. No dependencies beyond Node.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';

const TOLERANCE_SECONDS = 300;

/** The procedure: HMAC-SHA256(secret, "<t>.<raw body>") in hex, compared in constant time; t within 5 minutes. */
export function verify(header, rawBody, secret, nowSeconds = Math.floor(Date.now() / 1000)) {
  const fields = Object.fromEntries(
    String(header ?? '')
      .split(',')
      .map((p) => p.trim().split('=', 2)),
  );
  const t = Number(fields.t);
  if (!Number.isInteger(t) || !/^[0-9a-f]{64}$/.test(fields.v1 ?? '')) return { ok: false, reason: 'malformed header' };
  if (Math.abs(nowSeconds - t) > TOLERANCE_SECONDS)
    return { ok: false, reason: 'timestamp outside the 5-minute tolerance' };
  const expected = crypto.createHmac('sha256', secret).update(`${t}.${rawBody}`, 'utf8').digest();
  return crypto.timingSafeEqual(expected, Buffer.from(fields.v1, 'hex'))
    ? { ok: true }
    : { ok: false, reason: 'signature mismatch (wrong secret or altered body)' };
}

function arg(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const secret = arg('secret') ?? process.env.WEBHOOK_SECRET;
if (import.meta.url === `file://${process.argv[1]}`) {
  if (!secret) {
    console.error('Usage: --secret whsec_… (or WEBHOOK_SECRET) with --header … --body file|-, or --listen port');
    process.exit(2);
  }
  if (arg('listen')) {
    http
      .createServer((req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
          const body = Buffer.concat(chunks).toString('utf8');
          const result = verify(req.headers['trust-center-signature'], body, secret);
          console.log(
            `${new Date().toISOString()} ${req.headers['trust-center-event']} ${req.headers['trust-center-delivery']}: ${result.ok ? 'VALID' : `INVALID (${result.reason})`}`,
          );
          res.writeHead(result.ok ? 204 : 400).end();
        });
      })
      .listen(Number(arg('listen')), () =>
        console.log(`Listening on http://localhost:${arg('listen')}/ — register it as a webhook (development only).`),
      );
  } else {
    const bodyPath = arg('body');
    if (!arg('header') || !bodyPath) {
      console.error('Usage: --header "t=…,v1=…" --body body.json (or - for standard input)');
      process.exit(2);
    }
    const body = fs.readFileSync(bodyPath === '-' ? 0 : bodyPath, 'utf8');
    const result = verify(arg('header'), body, secret);
    console.log(result.ok ? 'VALID' : `INVALID: ${result.reason}`);
    process.exit(result.ok ? 0 : 1);
  }
}
