#!/usr/bin/env node
// Verifies a JSON Lines export of the audit log offline, with nothing but Node.js:
//   node scripts/verify-audit-export.mjs [--complete] audit-log-<org>-<time>.jsonl
// Each line's hash must equal SHA-256(prevHash + "\n" + canonical JSON of its event fields), where the
// canonical JSON has keys sorted at every level and `seq`, `prevHash` and `hash` left out. With
// --complete (an export without filters), every line must also link to the line before it: its prevHash
// is that line's hash. A filtered export has gaps by design; its links are counted, not required.
import crypto from 'node:crypto';
import fs from 'node:fs';
import readline from 'node:readline';

const sortKeys = (v) =>
  Array.isArray(v) ? v.map(sortKeys) : v && typeof v === 'object' ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sortKeys(v[k])])) : v;

const complete = process.argv.includes('--complete');
const file = process.argv.slice(2).find((a) => !a.startsWith('--'));
if (!file) {
  console.error('Usage: node scripts/verify-audit-export.mjs [--complete] <export.jsonl>');
  process.exit(2);
}
let lineNo = 0;
let events = 0;
let links = 0;
let previous = null;
for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
  lineNo++;
  if (!line.trim()) continue;
  const { seq, prevHash, hash, ...fields } = JSON.parse(line);
  const expected = crypto.createHash('sha256').update(`${prevHash ?? ''}\n${JSON.stringify(sortKeys({ ...fields, changes: fields.changes ?? null }))}`).digest('hex');
  if (expected !== hash) {
    console.error(`✖ line ${lineNo} (event #${seq}): the event was altered — its hash does not match its content.`);
    process.exit(1);
  }
  if (complete && previous && (prevHash ?? null) !== previous.hash) {
    console.error(`✖ line ${lineNo} (event #${seq}): not linked to event #${previous.seq} before it — an event is missing or out of order.`);
    process.exit(1);
  }
  if (previous && prevHash === previous.hash) links++;
  previous = { seq, hash };
  events++;
}
console.log(`✔ ${events} events verified; ${links} links between consecutive lines checked${complete ? ' (complete chain)' : ''}.`);
