import { isIP } from 'node:net';
import type { OutgoingPolicy } from './outgoing-policy';

export type OutgoingUrlParse =
  | { readonly ok: true; readonly url: URL; readonly hostname: string }
  | { readonly ok: false; readonly reason: string };

/**
 * The parts of a URL that decide where a request goes, before any name is resolved: the scheme
 * (https, or http where the policy allows it) and the host. The WHATWG parser has already turned
 * odd IPv4 notations (2130706433, 0177.0.0.1, 127.1, 0x7f.1) into dotted decimal, so the address
 * checked is the one a connection would use. A user name or password is refused: deliveries are
 * authenticated by their signature, and credentials in a URL end up in logs.
 */
export function parseOutgoingUrl(text: string, policy: OutgoingPolicy): OutgoingUrlParse {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'is not a URL' };
  }
  const schemes = policy.allowHttp ? ['https:', 'http:'] : ['https:'];
  if (!schemes.includes(url.protocol)) {
    return { ok: false, reason: `must use ${policy.allowHttp ? 'http or https' : 'https'}` };
  }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'must not carry a user name or password' };
  }
  const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (hostname === '') return { ok: false, reason: 'has no host' };
  return { ok: true, url, hostname };
}

/** True when the host is written as an IP address, so no name is resolved. */
export function isAddressLiteral(hostname: string): boolean {
  return isIP(hostname) !== 0;
}
