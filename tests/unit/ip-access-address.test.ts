import { describe, expect, it } from 'vitest';
import { displayNetwork, networkBounds, parseIpAddress, parseIpNetwork } from '@/lib/ip-access/address';
import { diffRules, formatRuleText, parseRuleText } from '@/lib/ip-access/text-format';

const err = (input: string) => {
  const r = parseIpNetwork(input);
  if (r.ok) throw new Error(`${input} was accepted as ${r.value.cidr}`);
  return r;
};
const cidr = (input: string) => {
  const r = parseIpNetwork(input);
  if (!r.ok) throw new Error(`${input}: ${r.error}`);
  return r.value.cidr;
};

describe('IP rule validation: precise messages', () => {
  it('10.0.0.300 → octet out of range', () => {
    expect(err('10.0.0.300').error).toMatch(/^Octet out of range: 300 is larger than 255/);
    expect(err('256.1.1.1/8').error).toMatch(/Octet out of range/);
    expect(err('::ffff:10.0.0.300').error).toMatch(/Octet out of range/);
  });

  it('10.0.0.1/33 → prefix too long (and /129 for IPv6)', () => {
    expect(err('10.0.0.1/33').error).toMatch(/^Prefix too long: \/33 is more than the 32 bits of an IPv4 address/);
    expect(err('2001:db8::/129').error).toMatch(/^Prefix too long: \/129 .* 128 bits of an IPv6 address/);
  });

  it('host bits set → offers the normalised network', () => {
    const r = err('10.0.0.1/24');
    expect(r.error).toMatch(/^Host bits set: 10\.0\.0\.1\/24 is an address inside the network 10\.0\.0\.0\/24/);
    expect(r.suggestion).toBe('10.0.0.0/24');
    expect(err('2001:db8::1/32').suggestion).toBe('2001:db8::/32');
    expect(err('::ffff:192.0.2.77/120').suggestion).toBe('192.0.2.0/24');
  });

  it('other mistakes get their own message', () => {
    expect(err('').error).toMatch(/Enter an IP address/);
    expect(err('10.0.0').error).toMatch(/has 3 parts/);
    expect(err('10.0.0.01').error).toMatch(/leading zero/);
    expect(err('10.0.0.x').error).toMatch(/not a number/);
    expect(err('10.0.0.0/').error).toMatch(/Add the prefix length/);
    expect(err('10.0.0.0/abc').error).toMatch(/whole number/);
    expect(err('10.0.0.0/8/9').error).toMatch(/Only one “\/”/);
    expect(err('mail.example.com').error).toMatch(/host name/);
    expect(err('1::2::3').error).toMatch(/“::” may appear only once/);
    expect(err('2001:db8::12345').error).toMatch(/more than four hexadecimal digits/);
    expect(err('2001:db8::g').error).toMatch(/“g” is not a hexadecimal digit/);
    expect(err('1:2:3:4:5:6:7').error).toMatch(/has 7 groups/);
    expect(err('fe80::1%eth0').error).toMatch(/Zone indexes/);
    expect(err('10.0.0.0 /8').error).toMatch(/without spaces/);
  });

  it('normalises: canonical spelling, IPv4-mapped IPv6 as IPv4, hosts as /32 and /128', () => {
    expect(cidr('203.0.113.7')).toBe('203.0.113.7/32');
    expect(cidr('2001:DB8:0:0:0:0:0:1')).toBe('2001:db8::1/128');
    expect(cidr('2001:db8::/32')).toBe('2001:db8::/32');
    expect(cidr('::ffff:10.0.0.0/104')).toBe('10.0.0.0/8');
    expect(cidr('::ffff:192.0.2.7')).toBe('192.0.2.7/32');
    expect(cidr('0.0.0.0/0')).toBe('0.0.0.0/0');
    expect(cidr('::/0')).toBe('::/0');
    expect(parseIpNetwork('::ffff:10.0.0.0/104')).toMatchObject({
      ok: true,
      value: { unmappedFrom: '::ffff:10.0.0.0/104' },
    });
    expect(displayNetwork('203.0.113.7/32')).toBe('203.0.113.7');
    expect(displayNetwork('2001:db8::/32')).toBe('2001:db8::/32');
    expect(displayNetwork('2001:db8::1/128')).toBe('2001:db8::1');
    expect(networkBounds('10.0.0.0/8')).toEqual({ first: '10.0.0.0', last: '10.255.255.255' });
  });

  it('single addresses for the test tool and the API', () => {
    expect(parseIpAddress('::ffff:198.51.100.4')).toEqual({
      ok: true,
      value: { version: 4, address: '198.51.100.4', unmappedFrom: '::ffff:198.51.100.4' },
    });
    expect(parseIpAddress('[2001:db8::1]')).toEqual({ ok: true, value: { version: 6, address: '2001:db8::1' } });
    expect(parseIpAddress('10.0.0.0/8')).toMatchObject({ ok: false, error: 'Enter a single address, not a range.' });
    expect(parseIpAddress('10.0.0.300')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/Octet out of range/),
    });
  });
});

describe('allowlists as text', () => {
  it('parses addresses, labels after # or a space, comments and blank lines; reports bad and repeated lines', () => {
    const { entries, problems } = parseRuleText(
      [
        '# Office and servers',
        '',
        '203.0.113.0/24 # Office',
        '2001:db8:100::/48 Data centre',
        '198.51.100.7',
        '10.0.0.300',
        '10.0.0.1/24',
        '203.0.113.0/24',
      ].join('\n'),
    );
    expect(entries).toEqual([
      { line: 3, cidr: '203.0.113.0/24', label: 'Office' },
      { line: 4, cidr: '2001:db8:100::/48', label: 'Data centre' },
      { line: 5, cidr: '198.51.100.7/32', label: null },
    ]);
    expect(problems.map((p) => [p.line, p.message.split(':')[0], p.suggestion])).toEqual([
      [6, 'Octet out of range', undefined],
      [7, 'Host bits set', '10.0.0.0/24'],
      [8, '203.0.113.0/24 is already on line 3.', undefined],
    ]);
  });

  it('export and import round-trip; the diff names what changes', () => {
    const rules = [
      { cidr: '203.0.113.0/24', label: 'Office' },
      { cidr: '2001:db8::1/128', label: 'Mail # primary' },
    ];
    const text = formatRuleText({ organizationName: 'Globex', scopeTitle: 'SMTP sending', enabled: true, rules });
    expect(parseRuleText(text)).toEqual({
      entries: [
        { line: 3, cidr: '203.0.113.0/24', label: 'Office' },
        { line: 4, cidr: '2001:db8::1/128', label: 'Mail # primary' },
      ],
      problems: [],
    });
    expect(
      diffRules(rules, [
        { cidr: '203.0.113.0/24', label: 'HQ' },
        { cidr: '192.0.2.0/24', label: 'New' },
      ]),
    ).toEqual({
      added: [{ cidr: '192.0.2.0/24', label: 'New' }],
      removed: [{ cidr: '2001:db8::1/128', label: 'Mail # primary' }],
      relabelled: [{ cidr: '203.0.113.0/24', from: 'Office', to: 'HQ' }],
      unchanged: 0,
    });
  });

  it('[R28] labels lose control characters', () => {
    expect(parseRuleText('192.0.2.1 # evil\u0000label\u001b[31m').entries[0]!.label).toBe('evil label [31m');
  });
});
