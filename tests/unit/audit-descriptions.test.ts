import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '@/lib/audit/catalogue';
import { ACTION_DESCRIPTIONS_NAMESPACE } from '@/lib/audit/describe';
import { isEnglishOnlyKey } from '@/lib/i18n/english-only';
import { keyPaths, readLocaleMessages, SOURCE_LOCALE, type Messages } from '@/lib/i18n/messages';

// The audit log says what each event means in words (lib/audit/describe.ts); those words are catalogue
// entries, `account.audit.actions.<action>`, one per action of lib/audit/catalogue.ts. A new action
// without its description fails here (it would otherwise show as a humanized action name).

const english = readLocaleMessages(SOURCE_LOCALE);
const group = ACTION_DESCRIPTIONS_NAMESPACE.split('.').reduce<Messages | string | undefined>(
  (m, part) => (typeof m === 'object' ? m[part] : undefined),
  english,
);
const described = typeof group === 'object' ? keyPaths(group) : [];

describe('audit event descriptions', () => {
  it('every audit action has a description in messages/en', () => {
    const missing = Object.keys(AUDIT_ACTIONS).filter((a) => !described.includes(a));
    expect(missing).toEqual([]);
  });

  it('every description names an audit action (none left over from a renamed one)', () => {
    expect(described.filter((k) => !Object.hasOwn(AUDIT_ACTIONS, k))).toEqual([]);
  });

  it('descriptions are one line of words, not empty or a key name', () => {
    const bad = described.filter((k) => {
      const text = k
        .split('.')
        .reduce<Messages | string | undefined>(
          (m, part) => (typeof m === 'object' ? m[part] : undefined),
          group as Messages,
        );
      return typeof text !== 'string' || !/^[A-Z][^\n]*\S$/.test(text) || text === k;
    });
    expect(bad).toEqual([]);
  });

  it('are English-only for now, like the rest of the account console (other languages fall back)', () => {
    expect(isEnglishOnlyKey(`${ACTION_DESCRIPTIONS_NAMESPACE}.auth.signout`)).toBe(true);
  });
});

describe('audit event categories', () => {
  it('every category of the catalogue has its name in messages/en (the event catalogue groups by it)', () => {
    const audit = english.account;
    const names = typeof audit === 'object' && typeof audit.audit === 'object' ? audit.audit.categories : undefined;
    const named = typeof names === 'object' ? Object.keys(names) : [];
    expect([...new Set(Object.values(AUDIT_ACTIONS))].filter((c) => !named.includes(c))).toEqual([]);
  });
});
