// use-intl formats the catalogue precompiled (icu-minify) with its format-only runtime, the alias in
// next.config and vitest.config, so intl-messageformat stays out of the pages' JavaScript. Every message
// must read the same through that path as through intl-messageformat itself: plurals, selects, dates,
// escaped apostrophes and tags included.
import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { getMessages, keyPaths, SOURCE_LOCALE } from '@/lib/i18n/messages';
import { getTranslator } from '@/lib/i18n/translator';

const tag = (name: string) => (chunks: unknown) => `<${name}>${[chunks].flat().join('')}</${name}>`;

/** A value for each argument a message uses, of the kind its placeholder expects. */
function sampleValues(elements: MessageFormatElement[], values: Record<string, unknown>, count: number) {
  for (const el of elements) {
    if (el.type === TYPE.argument) values[el.value] ??= 'Globex';
    else if (el.type === TYPE.number || el.type === TYPE.plural) values[el.value] = count;
    else if (el.type === TYPE.date || el.type === TYPE.time) values[el.value] = new Date(Date.UTC(2026, 11, 3, 9, 30));
    else if (el.type === TYPE.select) values[el.value] ??= Object.keys(el.options)[0];
    else if (el.type === TYPE.tag) {
      values[el.value] = tag(el.value);
      sampleValues(el.children, values, count);
    }
    if (el.type === TYPE.select || el.type === TYPE.plural)
      for (const option of Object.values(el.options)) sampleValues(option.value, values, count);
  }
  return values;
}

function messageAt(messages: ReturnType<typeof getMessages>, key: string): string {
  let v: unknown = messages;
  for (const part of key.split('.')) v = (v as Record<string, unknown>)[part];
  return v as string;
}

describe('precompiled catalogue', () => {
  const keys = keyPaths(getMessages(SOURCE_LOCALE));

  it.each(['en', 'de'])('every %s message reads the same as with intl-messageformat, for 0, 1 and 7', (locale) => {
    const t = getTranslator(locale);
    const messages = getMessages(locale);
    for (const key of keys) {
      const format = new IntlMessageFormat(messageAt(messages, key), locale, undefined, { ignoreTag: false });
      for (const count of [0, 1, 7]) {
        const values = sampleValues(format.getAst(), {}, count);
        const expected = [format.format(values as never)].flat().join('');
        const actual = [t.rich(key, values)].flat().join('');
        expect(actual, `${locale}: ${key} (${count})`).toBe(expected);
      }
    }
    expect(keys.length).toBeGreaterThan(1000);
  });
});
