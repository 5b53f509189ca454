import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { isEnglishOnlyKey } from '@/lib/i18n/english-only';
import { keyPaths, messagesDir, readLocaleMessages, SOURCE_LOCALE, type Messages } from '@/lib/i18n/messages';

// A missing key is a test failure, not a blank label: every language that has a folder under messages/
// (a configured one must have one) holds every key of the English source, with the same placeholders.

const locales = fs.readdirSync(messagesDir()).filter((d) => fs.statSync(path.join(messagesDir(), d)).isDirectory());
const source = readLocaleMessages(SOURCE_LOCALE);
const sourceKeys = keyPaths(source);

function valueAt(messages: Messages, key: string): string | undefined {
  let v: Messages | string | undefined = messages;
  for (const part of key.split('.')) v = typeof v === 'object' ? v[part] : undefined;
  return typeof v === 'string' ? v : undefined;
}

/** The {placeholders} and <tags> a message uses: a translation must keep them (values are passed by name). */
function argumentsOf(message: string): string[] {
  return [...message.matchAll(/\{\s*([A-Za-z0-9_]+)|<\/?([A-Za-z0-9_]+)>/g)].map((m) => m[1] ?? `<${m[2]}>`).sort();
}

describe('message catalogue', () => {
  it('has the English source and the demo German catalogue', () => {
    expect(locales).toContain('en');
    expect(locales).toContain('de');
    expect(sourceKeys.length).toBeGreaterThan(20);
  });

  it.each(locales.filter((l) => l !== SOURCE_LOCALE))(
    '%s holds every English key, and no key English lacks',
    (locale) => {
      const keys = keyPaths(readLocaleMessages(locale));
      expect(
        sourceKeys.filter((k) => !isEnglishOnlyKey(k) && !keys.includes(k)),
        `missing in messages/${locale}`,
      ).toEqual([]);
      expect(
        keys.filter((k) => !sourceKeys.includes(k)),
        `unknown keys in messages/${locale}`,
      ).toEqual([]);
    },
  );

  it.each(locales)('every %s message parses as ICU and keeps the English placeholders', (locale) => {
    const messages = readLocaleMessages(locale);
    for (const key of sourceKeys) {
      const message = valueAt(messages, key);
      if (message === undefined) continue;
      expect(message.trim(), `${locale}: ${key} is empty`).not.toBe('');
      expect(() => new IntlMessageFormat(message, locale), `${locale}: ${key}`).not.toThrow();
      expect(argumentsOf(message), `${locale}: ${key}`).toEqual(argumentsOf(valueAt(source, key)!));
    }
  });

  it('the configured demo languages each have a catalogue folder', async () => {
    const { resolveContentLocales } = await import('@/lib/i18n/locale-config');
    for (const l of resolveContentLocales({ DEMO_DATA: 'true' })) expect(locales).toContain(l);
  });
});
