import {
  type CanActivate,
  type ExecutionContext,
  Inject,
  Injectable,
  Logger,
} from '@nestjs/common';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';
import { type Request } from 'express';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { AccessTokenService } from '../access-token.service';
import { RateLimitStore } from './rate-limit-store';
import { tooManyRequests } from './too-many-requests';

/**
 * The general request limit, per minute: per user for signed-in traffic (so colleagues behind one
 * address each have their own), per client address for anonymous traffic. The user is taken from
 * a validly signed access token alone, before the session is looked up, so the limit holds whatever
 * order the guards run in and costs no database read.
 */
@Injectable()
export class RequestLimitGuard implements CanActivate {
  private readonly logger = new Logger(RequestLimitGuard.name);
  private readonly perUser: RateLimiterAbstract;
  private readonly perAddress: RateLimiterAbstract;

  constructor(
    store: RateLimitStore,
    private readonly tokens: AccessTokenService,
    @Inject(GREENCHAIN_CONFIG) config: GreenchainConfig,
  ) {
    const { userPerMinute, anonymousPerMinute } = config.limits;
    this.perUser = store.limiter({ name: 'user', points: userPerMinute, durationSeconds: 60 });
    this.perAddress = store.limiter({
      name: 'address',
      points: anonymousPerMinute,
      durationSeconds: 60,
    });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<Request>();
    const subject = await this.tokens.verifyBearer(request);
    const [limiter, key] = subject
      ? [this.perUser, subject.userId]
      : [this.perAddress, request.ip ?? 'unknown'];
    try {
      await limiter.consume(key);
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) {
        throw tooManyRequests(
          'request/rate-limited',
          'Too many requests; slow down.',
          outcome.msBeforeNext,
        );
      }
      // The store is down: serving on is better than refusing everyone; sign-in keeps its own guard.
      this.logger.warn(`request limit not applied: ${(outcome as Error).message}`);
    }
    return true;
  }
}
