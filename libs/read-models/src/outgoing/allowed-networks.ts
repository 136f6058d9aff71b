import ipaddr from 'ipaddr.js';
import type { IpAddress } from './address-classes';

/** A CIDR network: its base address and prefix length. */
export type Network = readonly [IpAddress, number];

export type AllowedNetworksParse =
  | { readonly ok: true; readonly networks: readonly Network[] }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Reads a comma-separated list of CIDR networks (`10.20.0.0/16, fd12:3456::/48`; a bare address
 * is one host). An entry with host bits set, an IPv4-mapped one or a /0 is refused: each is more
 * likely a typing mistake than a wish, and a /0 would switch the check off.
 */
export function parseAllowedNetworks(text: string | undefined): AllowedNetworksParse {
  const entries = (text ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const networks: Network[] = [];
  const problems: string[] = [];
  for (const entry of entries) {
    const parsed = parseEntry(entry);
    if (typeof parsed === 'string') problems.push(`${entry}: ${parsed}`);
    else networks.push(parsed);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, networks };
}

function parseEntry(entry: string): Network | string {
  const cidr = entry.includes('/') ? entry : `${entry}/${entry.includes(':') ? 128 : 32}`;
  if (!ipaddr.isValidCIDR(cidr) || !isPlainNotation(cidr)) {
    return 'is not a network like 10.20.0.0/16 or fd12:3456::/48';
  }
  const [base, prefix] = ipaddr.parseCIDR(cidr);
  if (prefix === 0) return 'a /0 network would allow every address';
  if (base.kind() === 'ipv6' && (base as ipaddr.IPv6).isIPv4MappedAddress()) {
    return 'write IPv4 networks in IPv4 form';
  }
  const network = networkAddressOf(cidr);
  if (network.toString() !== base.toString()) {
    return `has host bits set; the network is ${network.toString()}/${prefix}`;
  }
  return [base, prefix];
}

function networkAddressOf(cidr: string): IpAddress {
  return cidr.includes(':')
    ? ipaddr.IPv6.networkAddressFromCIDR(cidr)
    : ipaddr.IPv4.networkAddressFromCIDR(cidr);
}

/** Only dotted four-part decimal IPv4: `10.1/16` or `012.0.0.0/8` mean something else to a reader. */
function isPlainNotation(cidr: string): boolean {
  const address = cidr.slice(0, cidr.indexOf('/'));
  return address.includes(':') || ipaddr.IPv4.isValidFourPartDecimal(address);
}

export function inNetworks(address: IpAddress, networks: readonly Network[]): boolean {
  return networks.some(
    ([base, prefix]) => base.kind() === address.kind() && address.match(base, prefix),
  );
}
