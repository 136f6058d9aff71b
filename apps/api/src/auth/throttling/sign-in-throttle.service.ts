import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';
import { type RateLimiterAbstract } from 'rate-limiter-flexible';
import { backOffSeconds } from './back-off';
import { RateLimitStore } from './rate-limit-store';
import { tooManyRequests } from './too-many-requests';

/** Failures are counted over an hour from the first one. */
const failureWindowSeconds = 3_600;
/** Room for every failure an hour could hold: the counter never refuses by itself. */
const countOnly = 1_000_000;

interface Dimension {
  readonly failures: RateLimiterAbstract;
  readonly waits: RateLimiterAbstract;
  /** Failures that go unpunished in this dimension. */
  readonly free: number;
}

type DimensionName = 'accountFromAddress' | 'account' | 'address';

/**
 * Back-off after failed sign-ins, in three dimensions: an account from one client address (waits
 * begin after a few typos and double each time, up to a cap), an account from everywhere (a higher
 * threshold, against guessing spread over many addresses) and one address over every account (a
 * generous threshold, so a whole office behind one address is not stopped by one person's typos).
 * Emails are keyed by their SHA-256, so the store never holds them in the clear.
 */
@Injectable()
export class SignInThrottle {
  private readonly dimensions: Readonly<Record<DimensionName, Dimension>>;

  constructor(
    store: RateLimitStore,
    @Inject(GREENCHAIN_CONFIG) private readonly config: GreenchainConfig,
  ) {
    const { signInFreeFailures, signInAccountFailures, signInAddressFailures } = config.limits;
    const dimension = (name: DimensionName, free: number): Dimension => ({
      failures: store.limiter({
        name: `sign-in-failures-${name}`,
        points: countOnly,
        durationSeconds: failureWindowSeconds,
      }),
      waits: store.limiter({ name: `sign-in-wait-${name}`, points: 1, durationSeconds: 1 }),
      free,
    });
    this.dimensions = {
      accountFromAddress: dimension('accountFromAddress', signInFreeFailures),
      account: dimension('account', signInAccountFailures),
      address: dimension('address', signInAddressFailures),
    };
  }

  /** Throws 429 with Retry-After while any dimension of this attempt must still wait. */
  async check(email: string, address: string): Promise<void> {
    const keys = keysOf(email, address);
    const waits = await Promise.all(
      entriesOf(this.dimensions).map(async ([name, { waits }]) => {
        const state = await waits.get(keys[name]);
        return state !== null && state.consumedPoints > 1 ? state.msBeforeNext : 0;
      }),
    );
    const waitMs = Math.max(...waits);
    if (waitMs > 0) {
      throw tooManyRequests(
        'auth/sign-in-throttled',
        'Too many failed sign-ins; wait before trying again.',
        waitMs,
      );
    }
  }

  /** A wrong password or an unknown email: counts in every dimension, and waits where due. */
  async failed(email: string, address: string): Promise<void> {
    const keys = keysOf(email, address);
    const maxWait = this.config.limits.signInMaxWaitSeconds;
    await Promise.all(
      entriesOf(this.dimensions).map(async ([name, { failures, waits, free }]) => {
        const count = (await failures.consume(keys[name])).consumedPoints;
        const wait = backOffSeconds(count, free, maxWait);
        if (wait > 0) await waits.block(keys[name], wait);
      }),
    );
  }

  /** The right password from this address: its typos are forgiven (not the other dimensions'). */
  async succeeded(email: string, address: string): Promise<void> {
    const key = keysOf(email, address).accountFromAddress;
    const { failures, waits } = this.dimensions.accountFromAddress;
    await Promise.all([failures.delete(key), waits.delete(key)]);
  }
}

function keysOf(email: string, address: string): Record<DimensionName, string> {
  const account = createHash('sha256').update(email.toLowerCase()).digest('base64url');
  return { accountFromAddress: `${account}@${address}`, account, address };
}

const entriesOf = <T>(record: Readonly<Record<DimensionName, T>>) =>
  Object.entries(record) as [DimensionName, T][];
