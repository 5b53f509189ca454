// The register's pure core (lib/subprocessors/diff.ts), shared by publishing and the studio's live preview:
// periods → the list on a day, and operations → the diff; plus the public table's URL state.
import { describe, expect, it } from 'vitest';
import { namesSentence } from '@/components/subprocessors/format';
import { filterAndSort, hrefWith, parseRegisterQuery } from '@/components/subprocessors/register-query';
import { addDays, applyOperations, registerOn, type RegisterPeriod } from '@/lib/subprocessors/diff';
import { ZSubprocessorFieldsSchema } from '@/lib/validation/subprocessors';

const fields = {
  legalName: 'Nimbus Cloud Ltd.',
  purpose: 'Cloud hosting.',
  dataCategories: ['Account data'],
  dataSubjects: ['Customer users'],
  locations: ['DE'],
  transferMechanism: 'NONE_NEEDED' as const,
  sccModule: null,
  website: 'https://nimbus.example',
  privacyUrl: 'https://nimbus.example/dpa',
};
const period = (validFrom: string, validUntil: string | null, over: Partial<RegisterPeriod> = {}): RegisterPeriod => ({
  slug: 'nimbus',
  ...fields,
  validFrom,
  validUntil,
  ...over,
});

describe('registerOn', () => {
  const periods = [period('2020-01-01', '2024-06-01'), period('2024-06-01', '2025-01-01', { locations: ['DE', 'IE'] })];

  it('uses validFrom <= D < validUntil, and keeps the engagement dates across a field change', () => {
    expect(registerOn(periods, '2019-12-31')).toEqual([]);
    expect(registerOn(periods, '2024-05-31')[0]).toMatchObject({
      locations: ['DE'],
      effectiveFrom: '2020-01-01',
      effectiveUntil: '2024-12-31',
    });
    expect(registerOn(periods, '2024-06-01')[0]).toMatchObject({
      locations: ['DE', 'IE'],
      effectiveFrom: '2020-01-01',
      effectiveUntil: '2024-12-31',
    });
    expect(registerOn(periods, '2025-01-01')).toEqual([]);
  });

  it('ignores an empty period instead of looping on it', () => {
    expect(registerOn([...periods, period('2024-06-01', '2024-06-01')], '2024-07-01')).toHaveLength(1);
  });

  it('adds days across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});

describe('applyOperations', () => {
  const before = registerOn([period('2020-01-01', null)], '2026-12-01');

  it('lists only the fields that differ, and refuses changes that change nothing or name nobody', () => {
    const { diff, errors } = applyOperations(
      before,
      [{ op: 'update', slug: 'nimbus', fields: { locations: ['DE', 'NL'], purpose: 'Cloud hosting.' } }],
      '2026-12-01',
    );
    expect(errors).toEqual({});
    expect(diff.changed[0]!.fields).toEqual([{ field: 'locations', before: ['DE'], after: ['DE', 'NL'] }]);
    expect(
      applyOperations(before, [{ op: 'update', slug: 'nimbus', fields: { purpose: 'Cloud hosting.' } }], '2026-12-01')
        .errors['operations.0.slug'],
    ).toEqual(['This changes nothing for Nimbus Cloud Ltd..']);
    expect(
      applyOperations(before, [{ op: 'remove', slug: 'ghost' }], '2026-12-01').errors['operations.0.slug']![0],
    ).toContain('ghost is not in the register');
    expect(
      applyOperations(before, [{ op: 'add', slug: 'nimbus', fields }], '2026-12-01').errors['operations.0.slug']![0],
    ).toContain('already in the register');
  });

  it('checks merged fields: a new location outside the EEA needs a mechanism that covers it', () => {
    const { errors } = applyOperations(
      before,
      [{ op: 'update', slug: 'nimbus', fields: { locations: ['DE', 'IN'] } }],
      '2026-12-01',
    );
    expect(errors['operations.0.fields.transferMechanism']![0]).toContain('IN is outside the EEA');
    const adequacy = ZSubprocessorFieldsSchema.safeParse({
      ...fields,
      locations: ['IN'],
      transferMechanism: 'ADEQUACY',
    });
    expect(adequacy.error!.issues[0]!.message).toContain('No adequacy decision covers IN');
    expect(
      ZSubprocessorFieldsSchema.safeParse({ ...fields, locations: 'gb, us', transferMechanism: 'ADEQUACY' }).data!
        .locations,
    ).toEqual(['GB', 'US']);
  });

  it('names an unknown country code once, as unknown, not also as "outside the EEA"', () => {
    const messages = ZSubprocessorFieldsSchema.safeParse({ ...fields, locations: 'SE, XX, USA' }).error!.issues.map(
      (i) => i.message,
    );
    expect(messages).toEqual(['Unknown country codes: XX, USA. Use two-letter ISO codes such as DE, IE or US.']);
    const mixed = ZSubprocessorFieldsSchema.safeParse({ ...fields, locations: 'XX, US' }).error!.issues.map(
      (i) => i.message,
    );
    expect(mixed).toContain('US is outside the EEA: choose the transfer mechanism that covers it.');
    expect(mixed.join(' ')).not.toContain('XX is outside');
  });
});

describe('public table query', () => {
  it('keeps filters in the URL, ignores junk and sorts', () => {
    const q = parseRegisterQuery(
      { as_of: '2026-02-30', country: 'us', mechanism: 'SCC_2021<script>', sort: 'since', dir: 'desc' },
      '2026-11-21',
    );
    expect(q).toMatchObject({
      asOf: '2026-11-21',
      asOfInvalid: '2026-02-30',
      country: '',
      mechanism: 'SCC_2021',
      sort: 'since',
      dir: 'desc',
    });
    expect(hrefWith(q, '2026-11-21', { country: 'DE' })).toBe(
      '/subprocessors?country=DE&mechanism=SCC_2021&sort=since&dir=desc',
    );
    const rows = registerOn(
      [period('2020-01-01', null), period('2021-01-01', null, { slug: 'b', legalName: 'B GmbH', purpose: 'Backups.' })],
      '2026-01-01',
    );
    expect(filterAndSort(rows, { ...q, mechanism: '', sort: 'since', dir: 'desc' }).map((s) => s.slug)).toEqual([
      'b',
      'nimbus',
    ]);
    expect(filterAndSort(rows, { ...q, mechanism: '', purpose: 'backup' }).map((s) => s.slug)).toEqual(['b']);
  });

  it('ends a list of names with one full stop ("Removes Telvora Ltd." not "Ltd..")', () => {
    expect(namesSentence([{ legalName: 'Nimbus GmbH' }, { legalName: 'Telvora Ltd.' }])).toBe(
      'Nimbus GmbH, Telvora Ltd.',
    );
    expect(namesSentence([{ legalName: 'Nimbus GmbH' }])).toBe('Nimbus GmbH.');
  });

  it('treats names of Object.prototype as an unknown sort (they used to answer 500)', () => {
    for (const sort of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      const q = parseRegisterQuery({ sort }, '2026-11-21');
      expect(q.sort, sort).toBe('name');
      expect(() => filterAndSort(registerOn([period('2020-01-01', null)], '2026-01-01'), q)).not.toThrow();
    }
  });
});
