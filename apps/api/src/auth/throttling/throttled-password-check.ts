import { Injectable } from '@nestjs/common';
import { type SessionUser } from '@greenchain/contracts';
import { type Request } from 'express';
import { UsersService } from '../../users/users.service';
import { clientAddressOf } from '../sessions/session-client';
import { SignInThrottle } from './sign-in-throttle.service';

/**
 * A signed-in user's password typed again (re-authentication, a password change). Wrong guesses
 * count and wait like failed sign-ins of the account, so a stolen access token cannot try
 * passwords faster than the sign-in form allows.
 */
@Injectable()
export class ThrottledPasswordCheck {
  constructor(
    private readonly throttle: SignInThrottle,
    private readonly users: UsersService,
  ) {}

  async matches(user: SessionUser, password: string, request: Request): Promise<boolean> {
    const address = clientAddressOf(request);
    await this.throttle.begin(user.email, address);
    const matches = await this.users.verifyPassword(user.id, password);
    if (matches) await this.throttle.succeeded(user.email, address);
    else await this.throttle.failed(user.email, address);
    return matches;
  }
}
