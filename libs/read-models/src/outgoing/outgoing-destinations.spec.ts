import { parseAllowedNetworks } from './allowed-networks';
import {
  OutgoingDestinations,
  RefusedDestination,
  UnresolvedDestination,
  type Resolve,
} from './outgoing-destinations';
import type { OutgoingPolicy } from './outgoing-policy';

const allowing = (networks: string, allowHttp = true): OutgoingPolicy => {
  const parsed = parseAllowedNetworks(networks);
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  return { allowHttp, allowedNetworks: parsed.networks };
};

/** A resolver of fixed answers that remembers what it was asked. */
function resolverOf(answers: Record<string, readonly string[]>) {
  const asked: string[] = [];
  const resolve: Resolve = (hostname) => {
    asked.push(hostname);
    const found = Object.hasOwn(answers, hostname) ? answers[hostname] : undefined;
    return found
      ? Promise.resolve(found)
      : Promise.reject(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }));
  };
  return { asked, resolve };
}

async function reasonOf(check: Promise<unknown>): Promise<string> {
  try {
    await check;
  } catch (error) {
    if (error instanceof RefusedDestination) return error.reason;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('outgoing destinations', () => {
  const { asked, resolve } = resolverOf({
    'partner.example.org': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
    'mixed.example.org': ['93.184.215.14', '10.0.0.1'],
    'rebound.example.org': ['::ffff:169.254.169.254'],
    'private.partner.example': ['10.20.0.7'],
  });
  const destinations = new OutgoingDestinations(allowing(''), resolve);
  beforeEach(() => (asked.length = 0));

  it('answers every address a public name resolves to', async () => {
    const checked = await destinations.check('https://partner.example.org/hooks?x=1');
    expect(checked.url.href).toBe('https://partner.example.org/hooks?x=1');
    expect(checked.addresses).toEqual([
      { address: '93.184.215.14', family: 4 },
      { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 },
    ]);
  });

  it('refuses a name when any one of its addresses is refused, not only the first', async () => {
    expect(await reasonOf(destinations.check('https://mixed.example.org/'))).toBe(
      'mixed.example.org: 10.0.0.1 is private (RFC 1918)',
    );
    expect(await reasonOf(destinations.check('https://rebound.example.org/'))).toBe(
      'rebound.example.org: ::ffff:169.254.169.254 is cloud metadata (IPv4 169.254.169.254 inside IPv6)',
    );
  });

  it.each([
    ['http://127.0.0.1:8080/', '127.0.0.1 is loopback'],
    ['http://[::1]/', '::1 is loopback'],
    ['http://169.254.169.254/latest/meta-data/', '169.254.169.254 is cloud metadata'],
    ['http://10.0.0.1/', '10.0.0.1 is private (RFC 1918)'],
    ['http://0.0.0.0/', '0.0.0.0 is unspecified'],
    ['http://[::]/', ':: is unspecified'],
    ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1 is loopback (IPv4 127.0.0.1 inside IPv6)'],
    ['http://[::ffff:7f00:1]/', '::ffff:7f00:1 is loopback (IPv4 127.0.0.1 inside IPv6)'],
    ['http://[64:ff9b::7f00:1]/', '64:ff9b::7f00:1 is loopback (IPv4 127.0.0.1 inside IPv6)'],
    ['http://[fd00:ec2::254]/', 'fd00:ec2::254 is cloud metadata'],
    ['http://2130706433/', '127.0.0.1 is loopback'],
    ['http://0177.0.0.1/', '127.0.0.1 is loopback'],
    ['http://127.1/', '127.0.0.1 is loopback'],
    ['http://0x7f.1/', '127.0.0.1 is loopback'],
    ['http://127.0.0.1./', '127.0.0.1 is loopback'],
  ])('refuses %s without resolving anything', async (url, reason) => {
    expect(await reasonOf(destinations.check(url))).toBe(reason);
    expect(asked).toEqual([]);
  });

  it('refuses other schemes, plain http where it is not allowed, and credentials in the URL', async () => {
    const production = new OutgoingDestinations(allowing('', false), resolve);
    expect(await reasonOf(production.check('http://partner.example.org/'))).toBe(
      'the URL must use https',
    );
    expect(await reasonOf(destinations.check('ftp://partner.example.org/'))).toBe(
      'the URL must use http or https',
    );
    expect(await reasonOf(destinations.check('https://user:pass@partner.example.org/'))).toBe(
      'the URL must not carry a user name or password',
    );
    expect(await reasonOf(destinations.check('https://user@partner.example.org/'))).toBe(
      'the URL must not carry a user name or password',
    );
    expect(await reasonOf(destinations.check('not a url'))).toBe('the URL is not a URL');
    expect(asked).toEqual([]);
  });

  it('opens a private partner network only through the allow-list', async () => {
    expect(await reasonOf(destinations.check('https://private.partner.example/'))).toBe(
      'private.partner.example: 10.20.0.7 is private (RFC 1918)',
    );
    const opened = new OutgoingDestinations(allowing('10.20.0.0/16'), resolve);
    expect((await opened.check('https://private.partner.example/')).addresses).toEqual([
      { address: '10.20.0.7', family: 4 },
    ]);
  });

  it('tells a name that does not resolve from a refusal', async () => {
    await expect(destinations.check('https://nowhere.example.org/')).rejects.toThrow(
      new UnresolvedDestination('nowhere.example.org', { code: 'ENOTFOUND' }),
    );
  });
});
