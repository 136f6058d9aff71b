import ipaddr from 'ipaddr.js';
import { embeddedIPv4, specialClassOf } from './address-classes';
import { inNetworks, type Network } from './allowed-networks';

/** Where the server may send requests of its own (webhook deliveries). */
export interface OutgoingPolicy {
  /** Plain http is for development and tests; production sends over https only. */
  readonly allowHttp: boolean;
  /** Special-purpose networks opened for partners on private networks (WEBHOOK_ALLOWED_NETWORKS). */
  readonly allowedNetworks: readonly Network[];
}

export type AddressVerdict =
  | { readonly allowed: true; readonly address: string; readonly family: 4 | 6 }
  | { readonly allowed: false; readonly reason: string };

/**
 * Whether a request may go to this IP address: public unicast addresses may, special-purpose ones
 * (loopback, private, link-local, ...) only inside an allowed network, and unspecified, broadcast,
 * multicast and cloud-metadata addresses never. An IPv4-mapped address is judged, and connected
 * to, as the IPv4 address it maps.
 */
export function checkAddress(text: string, policy: OutgoingPolicy): AddressVerdict {
  if (!ipaddr.isValid(text)) return { allowed: false, reason: `${text} is not an IP address` };
  const parsed = ipaddr.parse(text);
  const inner = embeddedIPv4(parsed);
  const mapped = inner && parsed.kind() === 'ipv6' && parsed.range() === 'ipv4Mapped';
  const address = mapped ? inner : parsed;
  const specialClass = specialClassOf(parsed);
  const opened =
    specialClass !== undefined &&
    !specialClass.neverAllowed &&
    inNetworks(inner ?? parsed, policy.allowedNetworks);
  if (specialClass !== undefined && !opened) {
    return { allowed: false, reason: `${text} is ${specialClass.name}` };
  }
  return { allowed: true, address: address.toString(), family: address.kind() === 'ipv4' ? 4 : 6 };
}
