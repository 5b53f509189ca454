import 'server-only';
import type { Metadata } from 'next';
import { getRequestLocale } from './request-locale';
import { getTranslator, type Translator } from './translator';

// The console's pages (studio, account) read their strings in the request's language like any page; they
// are English-only for now (lib/i18n/english-only.ts), so every language shows the English fallback.

/** t('key') for one console namespace in the request's language. */
export async function consoleTranslator(namespace: string): Promise<Translator> {
  return getTranslator(await getRequestLocale(), namespace);
}

/** `export const generateMetadata = consoleTitle('studio.outbox', 'title')`: the tab title from the catalogue. */
export function consoleTitle(namespace: string, key: string): () => Promise<Metadata> {
  return async () => ({ title: (await consoleTranslator(namespace))(key) });
}
