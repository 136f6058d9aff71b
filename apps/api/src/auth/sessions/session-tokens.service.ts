import { Injectable } from '@nestjs/common';
import { type LoginResponse } from '@greenchain/contracts';
import { DataSource } from 'typeorm';
import { type UserEntity } from '../../users/user.entity';
import { AccessTokenService } from '../access-token.service';
import { RefreshTokens, type Rotated } from '../refresh-tokens.service';
import { SecondFactors, secondFactorRequired } from '../second-factor/second-factors.service';
import { toSessionUser } from '../session-user';
import { type SessionClient, SessionsService } from './sessions.service';

/** The answer to a sign-in or a refresh: an access token naming the session, and a refresh token. */
@Injectable()
export class SessionTokens {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionsService,
    private readonly accessTokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokens,
    private readonly secondFactors: SecondFactors,
  ) {}

  /** A new session for a user whose credentials were verified. */
  async start(user: UserEntity, client: SessionClient): Promise<LoginResponse> {
    const session = await this.dataSource.transaction(async (manager) => {
      const started = await this.sessions.start(user.id, client, manager);
      return {
        userId: user.id,
        sessionId: started.id,
        sessionExpiresAt: started.expiresAt,
        refreshToken: await this.refreshTokens.issue(user.id, started.id, manager),
      };
    });
    return this.answer(user, session);
  }

  /** The tokens of a session: a new access token, and the refresh token just issued. */
  async answer(user: UserEntity, session: Rotated): Promise<LoginResponse> {
    const sessionLeft = Math.floor((session.sessionExpiresAt.getTime() - Date.now()) / 1000);
    return {
      accessToken: await this.accessTokens.issue({ userId: user.id, sessionId: session.sessionId }),
      tokenType: 'Bearer',
      expiresIn: this.accessTokens.ttlSeconds,
      refreshToken: session.refreshToken,
      refreshExpiresIn: Math.max(0, Math.min(this.refreshTokens.ttlSeconds, sessionLeft)),
      user: toSessionUser(user),
      secondFactorEnrolmentRequired:
        secondFactorRequired(user) && !(await this.secondFactors.isEnabled(user.id)),
    };
  }
}
