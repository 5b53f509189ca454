// The edge check for server-action requests (issue 21): a POST with a `Next-Action` header carries the
// action's arguments in React's reply encoding, which Next.js decodes before any code of ours runs. A
// body no browser sends (`"str"`, `["$Q1"]`: a reference to a part that is not there, `["$nx"]`: a bigint
// that is not a number) makes that decoding throw, and Next answers 500. Here the body is read once,
// checked against what the encoding allows, and either refused with a clean 400 or handed on to Next
// unchanged. Plain JavaScript because server.mjs imports it before Next is loaded.
import { Readable } from 'node:stream';

/** Next.js refuses a server-action body over 1 MB by default (serverActions.bodySizeLimit). */
export const ACTION_BODY_LIMIT = 1024 * 1024;
const MAX_DEPTH = 64;

// Values that stand for themselves (React's ReplyServer parseModelString): undefined, NaN, ±Infinity, -0.
const SELF_CONTAINED = new Set(['$undefined', '$NaN', '$Infinity', '$-Infinity', '$-0']);
// Tags followed by the hex id of another part of a multipart body (Map, Set, Blob, iterator, server
// reference, promise, streams, typed arrays), or no tag at all (`$1f`: an outlined model).
const REFERENCE = /^\$([QWBih@RrXxAOoUSsLlGgMmV]?)([0-9a-f]+)$/;

/**
 * Why a decoded reply value would make React's decoder throw, or null when it decodes. `parts` holds the
 * names of a multipart body's fields (null for a plain-text body, which has no other parts).
 */
export function replyValueProblem(value, parts, depth = 0) {
  if (depth > MAX_DEPTH) return 'nested too deeply';
  if (typeof value === 'string') {
    if (value[0] !== '$' || value.startsWith('$$') || SELF_CONTAINED.has(value)) return null;
    if (value.startsWith('$D')) return Number.isNaN(Date.parse(value.slice(2))) ? 'not a date' : null;
    if (value.startsWith('$n')) return /^-?\d{1,400}$/.test(value.slice(2)) ? null : 'not a bigint';
    if (value.startsWith('$K')) return /^\$K[0-9a-f]+$/.test(value) && parts ? null : 'not a form reference';
    const ref = REFERENCE.exec(value);
    if (!ref) return `unknown tag ${JSON.stringify(value.slice(0, 3))}`;
    return parts?.has(String(Number.parseInt(ref[2], 16))) ? null : 'a reference to a missing part';
  }
  if (Array.isArray(value)) {
    for (const v of value) {
      const problem = replyValueProblem(v, parts, depth + 1);
      if (problem) return problem;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) {
      const problem = replyValueProblem(v, parts, depth + 1);
      if (problem) return problem;
    }
  }
  return null;
}

function jsonOrUndefined(text) {
  try {
    return { value: JSON.parse(text) };
  } catch {
    return undefined;
  }
}

/** Why this action body would not decode, or null. `body` is the raw bytes; `contentType` its header. */
export async function actionBodyProblem(body, contentType) {
  if (contentType?.startsWith('multipart/form-data')) {
    let form;
    try {
      form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
    } catch {
      return 'the multipart body cannot be read';
    }
    const names = new Set(form.keys());
    const root = form.get('0');
    if (typeof root !== 'string') return 'the arguments are missing';
    // Every numbered text part is a model React decodes; the root must be the argument list.
    for (const [name, part] of form.entries()) {
      if (!/^\d+$/.test(name) || typeof part !== 'string') continue;
      const parsed = jsonOrUndefined(part);
      if (!parsed) return `part ${name} is not JSON`;
      if (name === '0' && !Array.isArray(parsed.value)) return 'the arguments are not a list';
      const problem = replyValueProblem(parsed.value, names);
      if (problem) return problem;
    }
    return null;
  }
  const parsed = jsonOrUndefined(new TextDecoder('utf-8', { fatal: false }).decode(body));
  if (!parsed) return 'the body is not JSON';
  if (!Array.isArray(parsed.value)) return 'the arguments are not a list';
  return replyValueProblem(parsed.value, null);
}

/**
 * Why a no-JavaScript form post (multipart, no Next-Action header) would make Next.js throw, or null.
 * React decodes `$ACTION_REF_<p>` forms from the part `$ACTION_<p>:0` (the action's id and bound
 * arguments); a missing or malformed part, or a body that is not multipart at all, answered 500.
 */
export async function pageFormProblem(body, contentType) {
  let form;
  try {
    form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return 'the multipart body cannot be read';
  }
  for (const key of form.keys()) {
    if (!key.startsWith('$ACTION_REF_')) continue;
    const prefix = `$ACTION_${key.slice('$ACTION_REF_'.length)}:`;
    const meta = form.get(`${prefix}0`);
    if (typeof meta !== 'string') return 'the form action is missing';
    const parsed = jsonOrUndefined(meta);
    if (!parsed || typeof parsed.value?.id !== 'string') return 'the form action is not readable';
    const parts = new Set([...form.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length)));
    const problem = replyValueProblem(parsed.value, parts);
    if (problem) return problem;
  }
  return null;
}

/** Hands a body already read back to whoever reads `req` next (Next.js reads it as a stream). */
function replayBody(req, bytes) {
  const replay = new Readable({ read() {} });
  replay.push(bytes);
  replay.push(null);
  for (const key in replay) {
    const v = replay[key];
    req[key] = typeof v === 'function' ? v.bind(replay) : v;
  }
}

// Events rather than `for await`: the async iterator destroys the request when it ends.
function readBody(req, limit) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    const onData = (chunk) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.resume();
        resolve(null);
      } else chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => resolve(size > limit ? null : Buffer.concat(chunks)));
    req.once('error', reject);
  });
}

/**
 * For server.mjs: null when the request may go on to Next.js (its body, if read, is replayed), or the
 * refusal to send ({ status, message }). Looked at: server-action POSTs (Next-Action header) and multipart
 * form posts to pages, which Next.js decodes as no-JavaScript actions.
 */
export async function checkActionRequest(req) {
  if (req.method !== 'POST') return null;
  const contentType = req.headers['content-type'] ?? '';
  const declared = Number(req.headers['content-length'] ?? 0);
  if (req.headers['next-action']) {
    if (declared > ACTION_BODY_LIMIT) return { status: 413, message: 'The form is too large.' };
    return checkBody(req, (body) => actionBodyProblem(body, contentType));
  }
  // Route handlers under /api/ read their own bodies, and a body declared larger than Next's action limit
  // (a document upload) is left to whoever handles it.
  if (!contentType.startsWith('multipart/form-data') || (req.url ?? '/').startsWith('/api/')) return null;
  if (declared > ACTION_BODY_LIMIT) return null;
  return checkBody(req, (body) => pageFormProblem(body, contentType));
}

/** Reads the body once, refuses it when `problemOf` finds one, and otherwise replays it for Next.js. */
async function checkBody(req, problemOf) {
  let body;
  try {
    body = await readBody(req, ACTION_BODY_LIMIT);
  } catch {
    return { status: 400, message: 'The request body could not be read.' };
  }
  if (!body) return { status: 413, message: 'The form is too large.' };
  const problem = await problemOf(body);
  if (problem)
    return { status: 400, message: `This form submission cannot be read (${problem}). Reload the page and try again.` };
  replayBody(req, body);
  return null;
}
