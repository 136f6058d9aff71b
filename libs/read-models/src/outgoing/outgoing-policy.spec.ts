import { parseAllowedNetworks, type Network } from './allowed-networks';
import { checkAddress, type OutgoingPolicy } from './outgoing-policy';

const networks = (text: string): readonly Network[] => {
  const parsed = parseAllowedNetworks(text);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return parsed.networks;
};
const closed: OutgoingPolicy = { allowHttp: false, allowedNetworks: [] };
const reasonFor = (address: string, policy: OutgoingPolicy = closed) => {
  const verdict = checkAddress(address, policy);
  return verdict.allowed ? 'allowed' : verdict.reason;
};

describe('outgoing addresses', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private (RFC 1918)'],
    ['172.16.0.1', 'private (RFC 1918)'],
    ['172.31.255.255', 'private (RFC 1918)'],
    ['192.168.1.1', 'private (RFC 1918)'],
    ['169.254.1.1', 'link-local'],
    ['169.254.169.254', 'cloud metadata'],
    ['169.254.170.2', 'cloud metadata'],
    ['100.100.100.200', 'cloud metadata'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['255.255.255.255', 'broadcast'],
    ['240.0.0.1', 'reserved or documentation'],
    ['198.18.0.1', 'reserved or documentation'],
    ['192.0.2.1', 'reserved or documentation'],
    ['192.0.0.8', 'reserved or documentation'],
  ])('refuses IPv4 %s as %s', (address, specialClass) => {
    expect(reasonFor(address)).toBe(`${address} is ${specialClass}`);
  });

  it.each([
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fc00::1', 'unique local (private IPv6, fc00::/7)'],
    ['fd12:3456::1', 'unique local (private IPv6, fc00::/7)'],
    ['fd00:ec2::254', 'cloud metadata'],
    ['fe80::1', 'link-local'],
    ['ff02::1', 'multicast'],
    ['2001:2::1', 'benchmarking'],
    ['2001:db8::1', 'reserved or documentation'],
    ['2002:7f00:1::1', '6to4 tunnel'],
    ['2001:0:4136:e378::1', 'Teredo tunnel'],
    ['64:ff9b:1::a00:1', 'local-use NAT64'],
    ['::7f00:1', 'IPv4-compatible IPv6 (deprecated, ::/96)'],
    ['::a00:1', 'IPv4-compatible IPv6 (deprecated, ::/96)'],
    ['100::1', 'discard-only (100::/64)'],
    ['fec0::1', 'site-local (deprecated, fec0::/10)'],
    ['2001:4:112::1', 'special-purpose (as112v6)'],
    ['4000::1', 'outside IPv6 global unicast (2000::/3)'],
  ])('refuses IPv6 %s as %s', (address, specialClass) => {
    expect(reasonFor(address)).toBe(`${address} is ${specialClass}`);
  });

  it.each([
    ['::ffff:127.0.0.1', 'loopback (IPv4 127.0.0.1 inside IPv6)'],
    ['::ffff:7f00:1', 'loopback (IPv4 127.0.0.1 inside IPv6)'],
    ['::ffff:10.0.0.1', 'private (RFC 1918) (IPv4 10.0.0.1 inside IPv6)'],
    ['::ffff:169.254.169.254', 'cloud metadata (IPv4 169.254.169.254 inside IPv6)'],
    ['::ffff:0.0.0.0', 'unspecified (IPv4 0.0.0.0 inside IPv6)'],
    ['::ffff:0:7f00:1', 'loopback (IPv4 127.0.0.1 inside IPv6)'],
    // ipaddr.js reads a dotted suffix as IPv4-mapped; refused either way.
    ['::127.0.0.1', 'loopback (IPv4 127.0.0.1 inside IPv6)'],
    ['64:ff9b::7f00:1', 'loopback (IPv4 127.0.0.1 inside IPv6)'],
    ['64:ff9b::169.254.169.254', 'cloud metadata (IPv4 169.254.169.254 inside IPv6)'],
    ['64:ff9b::c0a8:101', 'private (RFC 1918) (IPv4 192.168.1.1 inside IPv6)'],
  ])('refuses %s, an IPv4 address inside IPv6, as %s', (address, specialClass) => {
    expect(reasonFor(address)).toBe(`${address} is ${specialClass}`);
  });

  it('allows public unicast addresses, IPv4 and IPv6, and NAT64 of a public IPv4 address', () => {
    expect(checkAddress('93.184.215.14', closed)).toEqual({
      allowed: true,
      address: '93.184.215.14',
      family: 4,
    });
    expect(checkAddress('2606:2800:21f:cb07:6820:80da:af6b:8b2c', closed)).toMatchObject({
      allowed: true,
      family: 6,
    });
    expect(checkAddress('64:ff9b::5db8:d70e', closed)).toMatchObject({ allowed: true, family: 6 });
  });

  it('judges and connects to an IPv4-mapped address as its IPv4 address', () => {
    expect(checkAddress('::ffff:93.184.215.14', closed)).toEqual({
      allowed: true,
      address: '93.184.215.14',
      family: 4,
    });
  });

  it('refuses what is not an IP address', () => {
    for (const text of ['localhost', '', '2130706433x', '127.0.0.1.5', '[::1]']) {
      expect(reasonFor(text)).toBe(`${text} is not an IP address`);
    }
  });

  it.each(['2130706433', '0177.0.0.1', '127.1', '0x7f.1', '0x7f000001', '017700000001'])(
    'judges the odd IPv4 notation %s by the address it stands for',
    (text) => expect(reasonFor(text)).toBe(`${text} is loopback`),
  );

  it('opens special networks only inside an allowed network', () => {
    const policy = { allowHttp: true, allowedNetworks: networks('10.20.0.0/16, fd12:3456::/48') };
    expect(reasonFor('10.20.3.4', policy)).toBe('allowed');
    expect(reasonFor('::ffff:10.20.3.4', policy)).toBe('allowed');
    expect(reasonFor('fd12:3456::7', policy)).toBe('allowed');
    expect(reasonFor('10.21.0.1', policy)).toBe('10.21.0.1 is private (RFC 1918)');
    expect(reasonFor('127.0.0.1', policy)).toBe('127.0.0.1 is loopback');
    expect(reasonFor('fd12:3457::1', policy)).toBe(
      'fd12:3457::1 is unique local (private IPv6, fc00::/7)',
    );
  });

  it('never opens metadata, unspecified, broadcast or multicast addresses, even when allowed', () => {
    const policy = {
      allowHttp: true,
      allowedNetworks: networks(
        '169.254.0.0/16, 0.0.0.0/8, 224.0.0.0/4, 255.255.255.255, fd00::/8',
      ),
    };
    expect(reasonFor('169.254.1.1', policy)).toBe('allowed');
    expect(reasonFor('169.254.169.254', policy)).toBe('169.254.169.254 is cloud metadata');
    expect(reasonFor('::ffff:169.254.169.254', policy)).toBe(
      '::ffff:169.254.169.254 is cloud metadata (IPv4 169.254.169.254 inside IPv6)',
    );
    expect(reasonFor('fd00:ec2::254', policy)).toBe('fd00:ec2::254 is cloud metadata');
    expect(reasonFor('0.0.0.0', policy)).toBe('0.0.0.0 is unspecified');
    expect(reasonFor('224.0.0.1', policy)).toBe('224.0.0.1 is multicast');
    expect(reasonFor('255.255.255.255', policy)).toBe('255.255.255.255 is broadcast');
  });
});

describe('allowed networks (WEBHOOK_ALLOWED_NETWORKS)', () => {
  it('reads networks and single hosts, IPv4 and IPv6, and nothing from an empty setting', () => {
    expect(parseAllowedNetworks(undefined)).toEqual({ ok: true, networks: [] });
    expect(parseAllowedNetworks(' , ')).toEqual({ ok: true, networks: [] });
    const parsed = parseAllowedNetworks('10.20.0.0/16, 127.0.0.2, fd12:3456::/48, ::1');
    expect(
      parsed.ok && parsed.networks.map(([base, bits]) => `${base.toString()}/${bits}`),
    ).toEqual(['10.20.0.0/16', '127.0.0.2/32', 'fd12:3456::/48', '::1/128']);
  });

  it('names each wrong entry', () => {
    expect(
      parseAllowedNetworks(
        '10.0.0.1/8, 0.0.0.0/0, ::/0, 10.1/16, 012.0.0.0/8, partner, ::ffff:10.0.0.0/104',
      ),
    ).toEqual({
      ok: false,
      problems: [
        '10.0.0.1/8: has host bits set; the network is 10.0.0.0/8',
        '0.0.0.0/0: a /0 network would allow every address',
        '::/0: a /0 network would allow every address',
        '10.1/16: is not a network like 10.20.0.0/16 or fd12:3456::/48',
        '012.0.0.0/8: is not a network like 10.20.0.0/16 or fd12:3456::/48',
        'partner: is not a network like 10.20.0.0/16 or fd12:3456::/48',
        '::ffff:10.0.0.0/104: write IPv4 networks in IPv4 form',
      ],
    });
  });
});
