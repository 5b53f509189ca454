#!/usr/bin/env node
// Verifies a JSON Lines export of the audit log offline, with nothing but Node.js:
//   node scripts/verify-audit-export.mjs [--complete] [--key <pem file | PEM | https://…/.well-known/audit-checkpoint-key>]
//     [--head <saved GET /api/v1/audit-events/head answer>] <export.jsonl>
// Each event line's hash must equal SHA-256(prevHash + "\n" + canonical JSON of its event fields), where the
// canonical JSON has keys sorted at every level and `seq`, `prevHash` and `hash` left out.
// The export ends with a signed `audit.checkpoint` line: how many events the file holds, its first and last,
// the chain's head when it was exported, and where the chain starts (its genesis, or retention's signed
// anchor). Signatures are Ed25519 over the canonical JSON of the line without `signature`.
// With --complete (an export without filters), the file must prove the whole chain: it starts at the
// genesis (empty prevHash) or right after the signed anchor, every line links to the one before, it holds
// as many events as the checkpoint says and ends at the signed head. --key checks the signatures against
// the server's published key instead of the key the file carries. --head checks that a head recorded
// earlier (from the API or the viewer) is in the file, with the same hash: the chain was not rolled back.
import crypto from 'node:crypto';
import fs from 'node:fs';
import readline from 'node:readline';

const sortKeys = (v) =>
  Array.isArray(v)
    ? v.map(sortKeys)
    : v && typeof v === 'object'
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, sortKeys(v[k])]),
        )
      : v;
const signedText = ({ signature: _signature, ...rest }) => JSON.stringify(sortKeys(rest));

const args = process.argv.slice(2);
const complete = args.includes('--complete');
const valueOf = (flag) => (args.indexOf(flag) >= 0 ? (args[args.indexOf(flag) + 1] ?? '') : undefined);
const keyArg = valueOf('--key');
const headArg = valueOf('--head');
const file = args.find((a, i) => !a.startsWith('--') && !['--key', '--head'].includes(args[i - 1]));
if (!file || keyArg === '' || headArg === '') {
  console.error(
    'Usage: node scripts/verify-audit-export.mjs [--complete] [--key <pem file | PEM | URL>] [--head <saved-head.json>] <export.jsonl>',
  );
  process.exit(2);
}

function fail(message) {
  console.error(`✖ ${message}`);
  process.exit(1);
}

async function loadKey(value) {
  let pem = value;
  if (/^https?:\/\//.test(value)) {
    const res = await fetch(value).catch((err) => fail(`could not fetch the key from ${value}: ${err.message}`));
    if (!res.ok) fail(`could not fetch the key from ${value}: HTTP ${res.status}`);
    pem = await res.text();
  } else if (!value.includes('-----BEGIN')) {
    try {
      pem = fs.readFileSync(value, 'utf8');
    } catch (err) {
      fail(`could not read the key file ${value}: ${err.message}`);
    }
  }
  try {
    return crypto.createPublicKey(pem);
  } catch {
    return fail('--key is not a public key in PEM');
  }
}

const keyIdOf = (key) =>
  crypto
    .createHash('sha256')
    .update(key.export({ format: 'der', type: 'spki' }))
    .digest('hex')
    .slice(0, 16);
const verifies = (statement, key) => {
  try {
    return (
      typeof statement?.signature === 'string' &&
      crypto.verify(null, Buffer.from(signedText(statement)), key, Buffer.from(statement.signature, 'base64'))
    );
  } catch {
    return false;
  }
};

let savedHead = null;
if (headArg) {
  try {
    const saved = JSON.parse(fs.readFileSync(headArg, 'utf8'));
    savedHead = saved?.type === 'audit.head' ? saved : saved?.head;
  } catch (err) {
    fail(`could not read the saved head ${headArg}: ${err.message}`);
  }
  if (savedHead?.type !== 'audit.head')
    fail(`${headArg} holds no signed audit head (save the answer of GET /api/v1/audit-events/head).`);
}
let savedHeadHash = null;

let lineNo = 0;
let events = 0;
let links = 0;
let first = null;
let previous = null;
let checkpoint = null;
let checkpointLine = 0;
for await (const line of readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity })) {
  lineNo++;
  if (!line.trim()) continue;
  let record;
  try {
    record = JSON.parse(line);
  } catch {
    fail(`line ${lineNo}: not JSON — the file is damaged or not a JSON Lines export.`);
  }
  if (record?.type === 'audit.checkpoint') {
    if (checkpoint) fail(`line ${lineNo}: a second checkpoint line — files were joined or the checkpoint was copied.`);
    checkpoint = record;
    checkpointLine = lineNo;
    continue;
  }
  if (checkpoint)
    fail(
      `line ${lineNo} (event #${record.seq}): an event after the checkpoint line — events were appended to the file.`,
    );
  const { seq, prevHash, hash, ...fields } = record;
  const expected = crypto
    .createHash('sha256')
    .update(`${prevHash ?? ''}\n${JSON.stringify(sortKeys({ ...fields, changes: fields.changes ?? null }))}`)
    .digest('hex');
  if (expected !== hash)
    fail(`line ${lineNo} (event #${seq}): the event was altered — its hash does not match its content.`);
  if (complete && previous && (prevHash ?? null) !== previous.hash) {
    fail(
      `line ${lineNo} (event #${seq}): not linked to event #${previous.seq} before it — an event is missing or out of order.`,
    );
  }
  if (previous && prevHash === previous.hash) links++;
  first ??= { seq, prevHash: prevHash ?? null, lineNo };
  if (savedHead && seq === savedHead.seq) savedHeadHash = hash;
  previous = { seq, hash };
  events++;
}

// The checkpoint: its signatures first, then what it says about the file.
if (savedHead && !checkpoint)
  fail("missing checkpoint: --head compares with the export's checkpoint line, and the file has none.");
let signedBy = '';
if (checkpoint) {
  const key = keyArg
    ? await loadKey(keyArg)
    : (() => {
        try {
          return crypto.createPublicKey(checkpoint.publicKey);
        } catch {
          return fail(`line ${checkpointLine}: bad signature — the checkpoint carries no usable public key.`);
        }
      })();
  const keyId = keyIdOf(key);
  if (checkpoint.keyId !== keyId)
    fail(
      `line ${checkpointLine}: bad signature — the checkpoint was signed with key ${checkpoint.keyId}, not with key ${keyId}.`,
    );
  if (!verifies(checkpoint, key))
    fail(`line ${checkpointLine}: bad signature — the checkpoint line was altered after the server signed it.`);
  if (!verifies(checkpoint.head, key))
    fail(`line ${checkpointLine}: bad signature — the chain head in the checkpoint is not signed by key ${keyId}.`);
  if (checkpoint.anchor && !verifies(checkpoint.anchor, key))
    fail(
      `line ${checkpointLine}: bad signature — the retention anchor in the checkpoint is not signed by key ${keyId}.`,
    );
  if (savedHead) {
    if (!verifies(savedHead, key)) fail(`bad signature — the saved head ${headArg} is not signed by key ${keyId}.`);
    if (savedHead.organizationId !== checkpoint.organizationId)
      fail(`the saved head belongs to another organization (${savedHead.organizationId}).`);
    if (BigInt(savedHead.seq) > BigInt(checkpoint.head.seq)) {
      fail(
        `the saved head #${savedHead.seq} (${savedHead.recordedAt}) is newer than this export's head #${checkpoint.head.seq}: the export is older, or the chain was rolled back before it.`,
      );
    }
    const pruned = checkpoint.anchor && BigInt(savedHead.seq) <= BigInt(checkpoint.anchor.throughSeq);
    if (!pruned && savedHeadHash !== savedHead.hash) {
      fail(
        `rolled back: the saved head #${savedHead.seq} (${savedHead.recordedAt}) is ${savedHeadHash ? 'in the file with another hash' : 'not in the file'}.`,
      );
    }
  }
  signedBy = keyArg
    ? `checkpoint signed by key ${keyId} (the key given with --key)`
    : `checkpoint signed by key ${keyId}, the key the file carries — pass --key https://<trust center>/.well-known/audit-checkpoint-key to prove the server signed it`;
}

if (complete) {
  if (!checkpoint)
    fail(
      'missing checkpoint: the file has no audit.checkpoint line — its end was cut off, or it was exported without one.',
    );
  if (checkpoint.filtered)
    fail(
      'the export is filtered: it leaves events out by design, so it cannot prove the chain complete. Export without filters.',
    );
  const anchor = checkpoint.anchor;
  const start = anchor
    ? `right after the retention anchor #${anchor.throughSeq} (signed ${anchor.recordedAt})`
    : 'at its genesis (an empty prevHash)';
  if (!first)
    fail(`missing head: the file holds no events but the chain starts at seq ${checkpoint.firstSeq} ${start}.`);
  const startsRight = anchor
    ? first.prevHash === anchor.hash && BigInt(first.seq) > BigInt(anchor.throughSeq)
    : !first.prevHash;
  if (!startsRight || first.seq !== checkpoint.firstSeq) {
    fail(
      `missing head: export starts at seq ${first.seq} but the chain starts at seq ${checkpoint.firstSeq} ${start}.`,
    );
  }
  if (events !== checkpoint.count)
    fail(`missing tail: checkpoint says ${checkpoint.count} events, file has ${events}.`);
  if (previous.seq !== checkpoint.lastSeq || previous.hash !== checkpoint.lastHash) {
    fail(
      `missing tail: the file ends at seq ${previous.seq} but the checkpoint's last event is seq ${checkpoint.lastSeq}.`,
    );
  }
  if (checkpoint.head.seq !== previous.seq || checkpoint.head.hash !== previous.hash) {
    fail(
      `missing tail: the chain's head was seq ${checkpoint.head.seq} when exported, the file ends at seq ${previous.seq}${checkpoint.limitReached ? ' (the export stopped at its row limit)' : ''}.`,
    );
  }
} else if (checkpoint && events !== checkpoint.count) {
  fail(`missing events: checkpoint says ${checkpoint.count} events, file has ${events}.`);
}

const from = !complete
  ? ''
  : checkpoint.anchor
    ? ` (complete chain from the retention anchor at #${checkpoint.anchor.throughSeq} to the head #${checkpoint.head.seq})`
    : ` (complete chain from its genesis to the head #${checkpoint.head.seq})`;
console.log(`✔ ${events} events verified; ${links} links between consecutive lines checked${from}.`);
if (signedBy) console.log(`✔ ${signedBy}.`);
if (savedHead && checkpoint)
  console.log(`✔ the saved head #${savedHead.seq} of ${savedHead.recordedAt} is part of this chain.`);
else console.log('⚠ no checkpoint line: nothing proves that the file holds the whole chain.');
