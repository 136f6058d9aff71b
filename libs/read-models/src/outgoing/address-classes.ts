import ipaddr from 'ipaddr.js';

export type IpAddress = ipaddr.IPv4 | ipaddr.IPv6;

/** Cloud instance-metadata endpoints: credentials live there, so no allow-list ever opens them. */
const metadataAddresses: readonly string[] = [
  '169.254.169.254', // AWS, Azure, Google Cloud, OpenStack
  '169.254.170.2', // AWS container credentials
  '100.100.100.200', // Alibaba Cloud
  'fd00:ec2::254', // AWS over IPv6
];

/** Classes no allow-list opens: they name no single partner host. */
const neverAllowed: ReadonlySet<string> = new Set([
  'unspecified',
  'broadcast',
  'multicast',
  'cloud metadata',
]);

/** ipaddr.js range names in words, for the reason given to an administrator. */
const words: Readonly<Record<string, string>> = {
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  multicast: 'multicast',
  linkLocal: 'link-local',
  loopback: 'loopback',
  carrierGradeNat: 'carrier-grade NAT',
  private: 'private (RFC 1918)',
  uniqueLocal: 'unique local (private IPv6, fc00::/7)',
  reserved: 'reserved or documentation',
  benchmarking: 'benchmarking',
  rfc6052: 'local-use NAT64',
  '6to4': '6to4 tunnel',
  teredo: 'Teredo tunnel',
  discard: 'discard-only (100::/64)',
  deprecatedSiteLocal: 'site-local (deprecated, fec0::/10)',
};

const wellKnownNat64 = ipaddr.parseCIDR('64:ff9b::/96');
const ipv4Compatible = ipaddr.parseCIDR('::/96');
const globalUnicast = ipaddr.parseCIDR('2000::/3');

/**
 * The IPv4 address an IPv6 address stands for, when it carries one that a connection ends up at:
 * IPv4-mapped (::ffff:a.b.c.d), IPv4-translated (::ffff:0:a.b.c.d) and well-known NAT64
 * (64:ff9b::a.b.c.d). The last 32 bits are the IPv4 address in all three.
 */
export function embeddedIPv4(address: IpAddress): ipaddr.IPv4 | undefined {
  if (address.kind() === 'ipv4') return undefined;
  const range = address.range();
  const carries = range === 'ipv4Mapped' || range === 'rfc6145' || address.match(wellKnownNat64);
  if (!carries) return undefined;
  return ipaddr.fromByteArray(address.toByteArray().slice(12)) as ipaddr.IPv4;
}

export interface SpecialClass {
  /** In words, for the reason given to an administrator. */
  readonly name: string;
  /** Refused whatever the allow-list says. */
  readonly neverAllowed: boolean;
}

/** The special-purpose class of an address, or undefined for a public unicast one. */
export function specialClassOf(address: IpAddress): SpecialClass | undefined {
  const inner = embeddedIPv4(address);
  if (inner) {
    const innerClass = specialClassOf(inner);
    const name = innerClass && `${innerClass.name} (IPv4 ${inner.toString()} inside IPv6)`;
    return innerClass && name ? { ...innerClass, name } : undefined;
  }
  const name = classNameOf(address);
  return name === undefined ? undefined : { name, neverAllowed: neverAllowed.has(name) };
}

function classNameOf(address: IpAddress): string | undefined {
  if (metadataAddresses.some((text) => ipaddr.parse(text).toString() === address.toString())) {
    return 'cloud metadata';
  }
  const range = address.range();
  if (range !== 'unicast') return words[range] ?? `special-purpose (${range})`;
  if (address.kind() === 'ipv6') {
    if (address.match(ipv4Compatible)) return 'IPv4-compatible IPv6 (deprecated, ::/96)';
    if (!address.match(globalUnicast)) return 'outside IPv6 global unicast (2000::/3)';
  }
  return undefined;
}
