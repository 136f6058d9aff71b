import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { backOffSeconds } from './back-off';
import { RateLimitStore } from './rate-limit-store';
import { tooManyRequests } from './too-many-requests';

/** Attempts are counted over an hour from the first one. */
const countWindowSeconds = 3_600;
/** Room for every attempt an hour could hold: the counter never refuses by itself. */
const countOnly = 1_000_000;
/**
 * An attempt let through the gate keeps it shut until its outcome sets the wait (or, after a
 * success, opens it): this long at most, more than a password check takes on a loaded machine.
 */
const gateSeconds = 30;

interface Dimension {
  /** Attempts not yet forgiven: counted before the password is checked, so bursts count too. */
  readonly attempts: RateLimiterAbstract;
  /** Beyond the free attempts, one attempt at a time, and none while a wait runs. */
  readonly gate: RateLimiterAbstract;
  /** Attempts that never wait in this dimension. */
  readonly free: number;
}

type DimensionName = 'accountFromAddress' | 'account' | 'address';
type Entry = readonly [DimensionName, Dimension];

/**
 * Back-off after failed sign-ins, in three dimensions: an account from one client address (waits
 * begin after a few typos and double each time, up to a cap), an account from everywhere (a higher
 * threshold, against guessing spread over many addresses) and one address over every account (a
 * generous threshold, so a whole office behind one address is not stopped by one person's typos).
 * Each attempt is counted before its password is checked, and attempts beyond the free ones pass
 * an atomic gate in the store, so parallel guesses are held back like sequential ones. Emails are
 * keyed by their SHA-256, so the store never holds them in the clear.
 */
@Injectable()
export class SignInThrottle {
  /** The account from one address first: a success forgives it altogether. */
  private readonly dimensions: readonly [Entry, Entry, Entry];

  constructor(
    store: RateLimitStore,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {
    const { signInFreeFailures, signInAccountFailures, signInAddressFailures } = config.limits;
    const dimension = (name: DimensionName, free: number): Entry => [
      name,
      {
        attempts: store.limiter({
          name: `sign-in-attempts-${name}`,
          points: countOnly,
          durationSeconds: countWindowSeconds,
        }),
        gate: store.limiter({
          name: `sign-in-gate-${name}`,
          points: 1,
          durationSeconds: gateSeconds,
        }),
        free,
      },
    ];
    this.dimensions = [
      dimension('accountFromAddress', signInFreeFailures),
      dimension('account', signInAccountFailures),
      dimension('address', signInAddressFailures),
    ];
  }

  /** Counts the attempt; throws 429 with Retry-After (and counts nothing) while it must wait. */
  async begin(email: string, address: string): Promise<void> {
    const keys = keysOf(email, address);
    const waits = await Promise.all(
      this.dimensions.map(async ([name, { attempts, gate, free }]) => {
        const count = (await attempts.consume(keys[name])).consumedPoints;
        return count > free ? msUntilOpen(gate, keys[name]) : 0;
      }),
    );
    const waitMs = Math.max(...waits);
    if (waitMs === 0) return;
    await this.forgive(keys, this.dimensions);
    throw tooManyRequests(
      'auth/sign-in-throttled',
      'Too many failed sign-ins; wait before trying again.',
      waitMs,
    );
  }

  /** A wrong password or an unknown email: where due, the next attempt waits 1, 2, 4 … s. */
  async failed(email: string, address: string): Promise<void> {
    const keys = keysOf(email, address);
    const maxWait = this.config.limits.signInMaxWaitSeconds;
    await Promise.all(
      this.dimensions.map(async ([name, { attempts, gate, free }]) => {
        const count = (await attempts.get(keys[name]))?.consumedPoints ?? 0;
        const wait = backOffSeconds(count, free, maxWait);
        if (wait > 0) await gate.block(keys[name], wait);
      }),
    );
  }

  /** The right password: this attempt is forgiven everywhere, this address's typos altogether. */
  async succeeded(email: string, address: string): Promise<void> {
    const keys = keysOf(email, address);
    const [[name, pair], ...others] = this.dimensions;
    await Promise.all([
      pair.attempts.delete(keys[name]),
      pair.gate.delete(keys[name]),
      this.forgive(keys, others),
    ]);
  }

  private async forgive(
    keys: Record<DimensionName, string>,
    dimensions: readonly Entry[],
  ): Promise<void> {
    await Promise.all(dimensions.map(([name, { attempts }]) => attempts.reward(keys[name])));
  }
}

/** 0 when the gate lets this attempt through (and closes behind it), else how long it stays shut. */
async function msUntilOpen(gate: RateLimiterAbstract, key: string): Promise<number> {
  try {
    await gate.consume(key);
    return 0;
  } catch (outcome) {
    if (outcome instanceof RateLimiterRes) return Math.max(1, outcome.msBeforeNext);
    throw outcome;
  }
}

function keysOf(email: string, address: string): Record<DimensionName, string> {
  const account = createHash('sha256').update(email.toLowerCase()).digest('base64url');
  return { accountFromAddress: `${account}@${address}`, account, address };
}
