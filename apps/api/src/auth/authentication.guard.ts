import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type SessionUser } from '@greenchain/contracts';
import { IS_PUBLIC, ProblemException } from '@greenchain/platform';
import { type Request } from 'express';
import { UsersService } from '../users/users.service';
import { AccessTokenService } from './access-token.service';
import { ENROLMENT_ALLOWED } from './second-factor/enrolment-allowed.decorator';
import { enrolmentRequired } from './second-factor/second-factor-problems';
import { SecondFactors, secondFactorRequired } from './second-factor/second-factors.service';
import { toSessionUser } from './session-user';

export interface AuthenticatedRequest extends Request {
  user: SessionUser;
}

/**
 * Every route needs a valid access token unless it is marked @Public(). The user is reloaded on
 * each request, so a disabled account loses access at once rather than when its token expires.
 * An administrator without a second factor reaches only the routes marked @EnrolmentAllowed().
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly users: UsersService,
    private readonly secondFactors: SecondFactors,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    const enrolmentAllowed = this.reflector.getAllAndOverride<boolean>(ENROLMENT_ALLOWED, [
      context.getHandler(),
      context.getClass(),
    ]);
    await this.authenticate(
      context.switchToHttp().getRequest<AuthenticatedRequest>(),
      enrolmentAllowed === true,
    );
    return true;
  }

  /**
   * Sets `request.user` from the access token, or throws 401; throws 403 to an administrator
   * without a second factor unless the route is one to enrol.
   */
  async authenticate(request: AuthenticatedRequest, enrolmentAllowed = false): Promise<void> {
    const userId = await this.tokens.verify(bearerToken(request) ?? '');
    const user = userId ? await this.users.findActive(userId) : null;
    if (!user) throw unauthenticated();
    if (
      !enrolmentAllowed &&
      secondFactorRequired(user) &&
      !(await this.secondFactors.isEnabled(user.id))
    ) {
      throw enrolmentRequired();
    }
    request.user = toSessionUser(user);
  }
}

export function bearerToken(request: Request): string | undefined {
  const [scheme, token] = (request.headers.authorization ?? '').split(' ');
  return scheme?.toLowerCase() === 'bearer' ? token : undefined;
}

function unauthenticated(): ProblemException {
  return new ProblemException(401, 'auth/unauthenticated', 'A valid access token is required.');
}
