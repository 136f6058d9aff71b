import { timingSafeEqual, createHash } from 'node:crypto';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { GREENCHAIN_CONFIG, type GreenchainConfig, ProblemException } from '@greenchain/platform';
import { bearerToken } from '../auth/access-token.service';
import { AuthenticationGuard, type AuthenticatedRequest } from '../auth/authentication.guard';
import { subjectWords } from '../authorization/subject-words';
import { abilityFor } from '../authorization/ability.factory';

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * A scraper presents METRICS_TOKEN (Prometheus' `authorization` credentials), so it needs no user
 * account and no token refresh; anyone else needs an administrator's access token.
 */
@Injectable()
export class MetricsAccessGuard implements CanActivate {
  private readonly scrapeTokenDigest: Buffer | undefined;

  constructor(
    private readonly authentication: AuthenticationGuard,
    @Inject(GREENCHAIN_CONFIG) config: GreenchainConfig,
  ) {
    const token = config.auth.metricsToken;
    this.scrapeTokenDigest = token === undefined ? undefined : digest(token);
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (this.isScraper(bearerToken(request))) return true;
    await this.authentication.authenticate(request);
    if (abilityFor(request.user).can('read', 'Metrics')) return true;
    throw new ProblemException(
      403,
      'auth/forbidden',
      `The role ${request.user.role} cannot read ${subjectWords.Metrics}.`,
    );
  }

  /** Digests of equal length, compared in constant time, so the token leaks nothing by timing. */
  private isScraper(presented: string | undefined): boolean {
    if (!this.scrapeTokenDigest || presented === undefined) return false;
    return timingSafeEqual(digest(presented), this.scrapeTokenDigest);
  }
}
