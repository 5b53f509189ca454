import 'server-only';
import fs from 'node:fs';
import path from 'node:path';

// The message catalogue: messages/<locale>/<namespace>.json, one file per feature (trust, search, auth,
// emails, …), merged into one object keyed by namespace. English is the source language: every other
// language is laid over it, so a key a translation lacks still shows English text rather than a blank or a
// key name (and tests/unit/i18n-catalogue.test.ts fails on it, so it is never shipped that way). A later
// language, or the console's namespaces, are new files here: data, not code.

export type Messages = { [key: string]: string | Messages };

export const SOURCE_LOCALE = 'en';

const KEY = Symbol.for('trust-center.messages');
const cache = ((globalThis as { [KEY]?: Map<string, Messages> })[KEY] ??= new Map());

export const messagesDir = () => path.join(process.cwd(), 'messages');

/** One language's own files, without the English fallback (the completeness test reads these). */
export function readLocaleMessages(locale: string): Messages {
  const dir = path.join(messagesDir(), locale);
  if (!/^[a-z]{2,3}(?:-[A-Z]{2})?$/.test(locale) || !fs.existsSync(dir)) return {};
  const out: Messages = {};
  for (const file of fs.readdirSync(dir).sort()) {
    if (!file.endsWith('.json')) continue;
    out[file.slice(0, -'.json'.length)] = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Messages;
  }
  return out;
}

/** `over` laid on `base`: keys of both, `over`'s strings winning. */
function layer(base: Messages, over: Messages): Messages {
  const out: Messages = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = typeof v === 'object' && typeof b === 'object' ? layer(b, v) : v;
  }
  return out;
}

/** The catalogue of a language with English beneath it. Read once per process (per edit in development). */
export function getMessages(locale: string): Messages {
  const dev = process.env.NODE_ENV === 'development';
  const hit = cache.get(locale);
  if (hit && !dev) return hit;
  const source = readLocaleMessages(SOURCE_LOCALE);
  const messages = locale === SOURCE_LOCALE ? source : layer(source, readLocaleMessages(locale));
  cache.set(locale, messages);
  return messages;
}

/** Only some parts (`search`, `trust.language`): what client components need travels in the page, not all. */
export function pickNamespaces(messages: Messages, namespaces: readonly string[]): Messages {
  const out: Messages = {};
  for (const name of namespaces) {
    const parts = name.split('.');
    let from: Messages | string | undefined = messages;
    for (const p of parts) from = typeof from === 'object' ? from[p] : undefined;
    if (from === undefined) continue;
    let into = out;
    for (const p of parts.slice(0, -1)) into = (into[p] ??= {}) as Messages;
    into[parts.at(-1)!] = from;
  }
  return out;
}

/** Every key path of a catalogue (`trust.nav.search`), for the completeness test and tooling. */
export function keyPaths(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([k, v]) =>
    typeof v === 'object' ? keyPaths(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}
