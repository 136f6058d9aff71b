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
import { SessionsService } from './sessions/sessions.service';

export interface AuthenticatedRequest extends Request {
  user: SessionUser;
  /** The session (sign-in) of the access token. */
  sessionId: string;
}

/**
 * Every route needs a valid access token unless it is marked @Public(). The token's session must
 * still run (so signing out ends the token within the session cache's bound, see
 * LiveSessionCache), and the user is reloaded on each request, so a disabled account loses access
 * at once rather than when its token expires. An administrator without a second factor reaches
 * only the routes marked @EnrolmentAllowed().
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly users: UsersService,
    private readonly secondFactors: SecondFactors,
    private readonly sessions: SessionsService,
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
    const subject = await this.tokens.verifyBearer(request);
    if (!subject || !(await this.sessions.isLive(subject.sessionId, subject.userId))) {
      throw unauthenticated();
    }
    const user = await this.users.findActiveSessionUser(subject.userId);
    if (!user) throw unauthenticated();
    if (
      !enrolmentAllowed &&
      secondFactorRequired(user) &&
      !(await this.secondFactors.isEnabled(user.id))
    ) {
      throw enrolmentRequired();
    }
    request.user = user;
    request.sessionId = subject.sessionId;
  }
}

function unauthenticated(): ProblemException {
  return new ProblemException(401, 'auth/unauthenticated', 'A valid access token is required.');
}
