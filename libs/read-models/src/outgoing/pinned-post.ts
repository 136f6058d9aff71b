import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupAddress, LookupAllOptions, LookupOneOptions } from 'node:dns';
import type { CheckedDestination } from './outgoing-destinations';

export interface PinnedPost {
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly timeoutMs: number;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * A name lookup that answers the addresses already checked, so the connection goes to them and a
 * second resolution (DNS rebinding between check and connect) cannot send it elsewhere.
 */
function pinnedLookup(destination: CheckedDestination) {
  return (
    _hostname: string,
    options: LookupOneOptions | LookupAllOptions,
    callback: LookupCallback,
  ): void => {
    const [first] = destination.addresses;
    if (options.all) callback(null, [...destination.addresses]);
    else callback(null, first?.address ?? '', first?.family);
  };
}

/**
 * POSTs to a checked destination and answers the status code. Redirects are never followed (a 3xx
 * is the answer), each request has a connection of its own (no pooled socket to an address
 * checked for another request), and the Host header and TLS server name stay the URL's host, so
 * certificates are verified against the name.
 */
export function postPinned(destination: CheckedDestination, post: PinnedPost): Promise<number> {
  const { url } = destination;
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = send(
      url,
      {
        method: 'POST',
        headers: { ...post.headers, 'content-length': String(Buffer.byteLength(post.body)) },
        agent: false,
        lookup: pinnedLookup(destination),
        signal: AbortSignal.timeout(post.timeoutMs),
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    outgoing.on('error', reject);
    outgoing.end(post.body);
  });
}
