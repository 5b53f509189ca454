import 'server-only';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { cache } from 'react';
import { getRequestLocale } from './request-locale';
import { getFormatter, getTranslator } from './translator';

// The signed-in consoles' server components (account, studio): their words live in the catalogue under
// messages/<locale>/account.json (studio.json), English-only for now (lib/i18n/english-only.ts), read in
// the request's language like every other page, so a later translation is a new file, not code.

type Value = string | number | Date;

/** t('key') and t.rich('key', { link: (chunks) => <Link …>{chunks}</Link> }) for server components. */
export type ConsoleTranslator = {
  (key: string, values?: Record<string, Value>): string;
  rich: (key: string, values?: Record<string, Value | ((chunks: ReactNode) => ReactNode)>) => ReactNode;
  has: (key: string) => boolean;
};

/** t for one console namespace (`account.page.users`), in the request's language. */
export const getConsoleTranslator = cache(
  async (namespace: string): Promise<ConsoleTranslator> =>
    getTranslator(await getRequestLocale(), namespace) as unknown as ConsoleTranslator,
);

/** Dates and numbers in the request's language. */
export const getConsoleFormatter = cache(async () => getFormatter(await getRequestLocale()));

/** `export const generateMetadata = consoleTitle('studio.outbox', 'title')`: the tab title from the catalogue. */
export function consoleTitle(namespace: string, key: string): () => Promise<Metadata> {
  return async () => ({ title: (await getConsoleTranslator(namespace))(key) });
}
