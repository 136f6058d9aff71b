import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type SessionUser } from '@greenchain/contracts';
import { IS_PUBLIC, ProblemException } from '@greenchain/platform';
import { type Request } from 'express';
import { UsersService } from '../users/users.service';
import { AccessTokenService } from './access-token.service';
import { toSessionUser } from './session-user';

export interface AuthenticatedRequest extends Request {
  user: SessionUser;
}

/**
 * Every route needs a valid access token unless it is marked @Public(). The user is reloaded on
 * each request, so a disabled account loses access at once rather than when its token expires.
 */
@Injectable()
export class AuthenticationGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (isPublic) return true;
    await this.authenticate(context.switchToHttp().getRequest<AuthenticatedRequest>());
    return true;
  }

  /** Sets `request.user` from the access token, or throws 401. */
  async authenticate(request: AuthenticatedRequest): Promise<void> {
    const userId = await this.tokens.verify(bearerToken(request) ?? '');
    const user = userId ? await this.users.findActive(userId) : null;
    if (!user) throw unauthenticated();
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
