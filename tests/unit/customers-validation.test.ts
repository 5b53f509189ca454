import { describe, expect, it } from 'vitest';
import { domainRefusal } from '@/lib/customers/status';
import { ZCreateCustomerSchema, ZCustomerSlugSchema, ZEmailDomainsSchema } from '@/lib/validation/customers';

describe('customer organization input', () => {
  it('slugs: lower-cased, letters, digits and single hyphens, 2 to 40 characters', () => {
    expect(ZCustomerSlugSchema.parse('  Umbrella-Corp ')).toBe('umbrella-corp');
    for (const bad of ['a', 'two--hyphens', '-leading', 'trailing-', 'spa ce', 'ümlaut', '../etc', 'x'.repeat(41)]) {
      expect(ZCustomerSlugSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it('email domains: commas, spaces or new lines; a leading @ and duplicates dropped; junk named', () => {
    expect(ZEmailDomainsSchema.parse('Umbrella.example, @umbrella.co.uk\numbrella.example')).toEqual([
      'umbrella.example',
      'umbrella.co.uk',
    ]);
    expect(ZEmailDomainsSchema.parse(undefined)).toEqual([]);
    expect(ZEmailDomainsSchema.parse('')).toEqual([]);
    const bad = ZEmailDomainsSchema.safeParse('umbrella.example, not_a domain');
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe(
      'Not a domain name: not_a, domain. Write domains like “umbrella.example”.',
    );
    expect(ZEmailDomainsSchema.safeParse(Array.from({ length: 51 }, (_, i) => `d${i}.example`).join(',')).success).toBe(
      false,
    );
  });

  it('a whole creation form: every field checked, the owner email normalised', () => {
    expect(
      ZCreateCustomerSchema.parse({ name: 'Umbrella', slug: 'umbrella', ownerEmail: ' Olga@Umbrella.example ' }),
    ).toEqual({
      name: 'Umbrella',
      slug: 'umbrella',
      ownerEmail: 'olga@umbrella.example',
      emailDomains: [],
    });
    const r = ZCreateCustomerSchema.safeParse({ name: 'U', slug: '', ownerEmail: 'nope' });
    expect([...new Set(r.error?.issues.map((i) => i.path[0]))].sort()).toEqual(['name', 'ownerEmail', 'slug']);
  });

  it('invitations outside the allowed domains are refused, with the domains named; none listed means any', () => {
    expect(domainRefusal('a@umbrella.example', [])).toBeNull();
    expect(domainRefusal('a@umbrella.example', ['umbrella.example'])).toBeNull();
    expect(domainRefusal('a@sub.umbrella.example', ['umbrella.example'])).toBe(
      'Invitations to this organization are limited to @umbrella.example.',
    );
    expect(domainRefusal('a@evil.example', ['umbrella.example', 'umbrella.co.uk'])).toBe(
      'Invitations to this organization are limited to @umbrella.example, @umbrella.co.uk.',
    );
  });
});
