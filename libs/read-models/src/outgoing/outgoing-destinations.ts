import { lookup } from 'node:dns/promises';
import { checkAddress, type OutgoingPolicy } from './outgoing-policy';
import { isAddressLiteral, parseOutgoingUrl } from './outgoing-url';

/** Resolves a host name to every address it has. */
export type Resolve = (hostname: string) => Promise<readonly string[]>;

export const systemResolve: Resolve = async (hostname) =>
  (await lookup(hostname, { all: true, verbatim: true })).map((entry) => entry.address);

/** A URL whose every address was checked; requests connect to these addresses and no others. */
export interface CheckedDestination {
  readonly url: URL;
  readonly addresses: readonly { readonly address: string; readonly family: 4 | 6 }[];
}

/** The URL or one of its addresses is not a place the server sends requests to. */
export class RefusedDestination extends Error {
  constructor(readonly reason: string) {
    super(`refused: ${reason}`);
    this.name = 'RefusedDestination';
  }
}

/** The host name does not resolve (now): not a refusal, the delivery may succeed later. */
export class UnresolvedDestination extends Error {
  constructor(hostname: string, cause: unknown) {
    super(`${hostname} does not resolve (${(cause as { code?: string }).code ?? String(cause)})`);
    this.name = 'UnresolvedDestination';
  }
}

/**
 * Checks outgoing URLs against the policy: the same check for a webhook's registration and for
 * each delivery, after resolving its host name. Every address the name resolves to must be
 * allowed, since a connection may use any of them.
 */
export class OutgoingDestinations {
  constructor(
    private readonly policy: OutgoingPolicy,
    private readonly resolve: Resolve = systemResolve,
  ) {}

  async check(text: string): Promise<CheckedDestination> {
    const parsed = parseOutgoingUrl(text, this.policy);
    if (!parsed.ok) throw new RefusedDestination(`the URL ${parsed.reason}`);
    const names = isAddressLiteral(parsed.hostname)
      ? [parsed.hostname]
      : await this.resolved(parsed.hostname);
    if (names.length === 0) throw new UnresolvedDestination(parsed.hostname, 'no address');
    const addresses = names.map((name) => {
      const verdict = checkAddress(name, this.policy);
      if (!verdict.allowed) {
        throw new RefusedDestination(
          name === parsed.hostname ? verdict.reason : `${parsed.hostname}: ${verdict.reason}`,
        );
      }
      return { address: verdict.address, family: verdict.family };
    });
    return { url: parsed.url, addresses };
  }

  private async resolved(hostname: string): Promise<readonly string[]> {
    try {
      return await this.resolve(hostname);
    } catch (error) {
      throw new UnresolvedDestination(hostname, error);
    }
  }
}
