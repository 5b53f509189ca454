import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import compile from 'icu-minify/compile';

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

type Compiled = ReturnType<typeof compile>;
export type CompiledMessages = { [key: string]: Compiled | CompiledMessages };

const COMPILED_KEY = Symbol.for('trust-center.messages.compiled');
type CompiledEntry = { raw: Messages; text: string; compiled: CompiledMessages };
const compiledCache = ((globalThis as { [COMPILED_KEY]?: Map<string, CompiledEntry> })[COMPILED_KEY] ??= new Map());

/** A catalogue (or part of one) in the form use-intl's format-only runtime reads. */
export function compileMessages(messages: Messages): CompiledMessages {
  return Object.fromEntries(
    // The JSON round trip turns compile()'s null-prototype option maps into plain objects, which React
    // can hand to client components.
    Object.entries(messages).map(([k, v]) => [
      k,
      typeof v === 'string' ? (JSON.parse(JSON.stringify(compile(v))) as Compiled) : compileMessages(v),
    ]),
  );
}

/**
 * The catalogue of a language compiled ahead of use (icu-minify), the form use-intl formats with: next.config
 * and vitest.config point use-intl at its format-only runtime, so intl-messageformat and its parser (12 KiB
 * gzip) stay out of every page's JavaScript. Compiled once per process (per edit in development).
 */
export function getCompiledMessages(locale: string): CompiledMessages {
  const raw = getMessages(locale);
  const hit = compiledCache.get(locale);
  if (hit?.raw === raw) return hit.compiled;
  // Development re-reads the files on every call: compile again (27 ms) only when their text changed.
  const text = JSON.stringify(raw);
  if (hit?.text === text) {
    hit.raw = raw;
    return hit.compiled;
  }
  const compiled = compileMessages(raw);
  compiledCache.set(locale, { raw, text, compiled });
  return compiled;
}

/** Only some parts (`search`, `trust.language`): what client components need travels in the page, not all. */
export function pickNamespaces<M extends Messages | CompiledMessages>(messages: M, namespaces: readonly string[]): M {
  type Tree = { [key: string]: unknown };
  const out: Tree = {};
  for (const name of namespaces) {
    const parts = name.split('.');
    let from: unknown = messages;
    for (const p of parts)
      from = from && typeof from === 'object' && !Array.isArray(from) ? (from as Tree)[p] : undefined;
    if (from === undefined) continue;
    let into = out;
    for (const p of parts.slice(0, -1)) into = (into[p] ??= {}) as Tree;
    into[parts.at(-1)!] = from;
  }
  return out as M;
}

/** Every key path of a catalogue (`trust.nav.search`), for the completeness test and tooling. */
export function keyPaths(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([k, v]) =>
    typeof v === 'object' ? keyPaths(v, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}
