import 'server-only';
import { createFormatter, createTranslator } from 'use-intl/core';
import { getConfig } from '@/lib/config';
import { logger } from '@/lib/log';
import { getCompiledMessages, SOURCE_LOCALE } from './messages';

// Translations outside React and in server components: pages, metadata, feeds, emails (the mail jobs have
// no request, so they pass the recipient's stored locale). use-intl is next-intl's framework-free core;
// see README "Languages" for why we use it directly. Client components use its useTranslations() under
// components/i18n/intl-client-provider.tsx.

export const TIME_ZONE = 'UTC';

/** A configured language, or the default one: stored or requested values are never trusted as they are. */
export function resolveLocale(locale: string | null | undefined): string {
  const { list, default: fallback } = getConfig().locales;
  return locale && list.includes(locale) ? locale : fallback;
}

function onError(error: Error) {
  // A missing key in a translation falls back to English through getMessages; reaching this means the
  // English source lacks it, which tests/unit/i18n-catalogue.test.ts catches first.
  if (getConfig().env !== 'test') logger.warn({ err: { message: error.message } }, 'message catalogue');
}

/** t('key', values) for one namespace (or the whole catalogue) in one language. */
export function getTranslator<N extends string | undefined = undefined>(locale: string, namespace?: N) {
  return createTranslator({
    locale,
    messages: getCompiledMessages(locale) as never,
    namespace: namespace as never,
    timeZone: TIME_ZONE,
    onError,
  }) as unknown as Translator;
}

/** The translate function we hand around: keys are checked by the completeness test, not by types. */
export type Translator = {
  (key: string, values?: Record<string, string | number | Date>): string;
  rich: (key: string, values?: Record<string, unknown>) => unknown;
  has: (key: string) => boolean;
};

/** Dates, numbers and lists in a language (Intl underneath). */
export function getFormatter(locale: string) {
  return createFormatter({ locale, timeZone: TIME_ZONE });
}

export { SOURCE_LOCALE };
