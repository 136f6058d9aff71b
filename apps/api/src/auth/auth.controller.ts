import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { type LoginOutcome, type LoginResponse, type SessionUser } from '@greenchain/contracts';
import { type SecurityAuditEntry } from '@greenchain/domain';
import { ProblemException, Public } from '@greenchain/platform';
import { type Request } from 'express';
import { ApiProblems } from '../commands/api-problems.decorator';
import { IdempotentPost } from '../commands/http-idempotency/idempotent-post.decorator';
import { actingAs, type AuditSource, RequestAuditSource } from '../security-audit/audit-source';
import { SecurityAuditTrail } from '../security-audit/security-audit-trail.service';
import { type UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { CurrentUser } from './current-user.decorator';
import { LoginRequestBody } from './login.request';
import { LoginResponseBody } from './login.response';
import { RefreshRequestBody } from './refresh.request';
import { refreshTokenDigest, RefreshTokens } from './refresh-tokens.service';
import { EnrolmentAllowed } from './second-factor/enrolment-allowed.decorator';
import { SecondFactorChallenges } from './second-factor/second-factor-challenges';
import { SecondFactorLoginBody } from './second-factor/second-factor.requests';
import { SecondFactorChallengeBody } from './second-factor/second-factor.responses';
import { SecondFactors } from './second-factor/second-factors.service';
import { clientAddressOf, sessionClientOf } from './sessions/session-client';
import { SessionTokens } from './sessions/session-tokens.service';
import { SessionsService } from './sessions/sessions.service';
import { SignInThrottle } from './throttling/sign-in-throttle.service';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly sessionTokens: SessionTokens,
    private readonly refreshTokens: RefreshTokens,
    private readonly audit: SecurityAuditTrail,
    private readonly secondFactors: SecondFactors,
    private readonly challenges: SecondFactorChallenges,
    private readonly sessions: SessionsService,
    private readonly signInThrottle: SignInThrottle,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Exchange an email and password for a short-lived access token and a refresh token.',
    description:
      'Public. An account with a second factor gets a challenge instead (secondFactorRequired: true), answered at POST /api/auth/login/second-factor. Repeated failures make the next attempt wait (429 with Retry-After): per account and client address after a few, per account from everywhere and per address after more.',
  })
  @IdempotentPost('password')
  @ApiExtraModels(LoginResponseBody, SecondFactorChallengeBody)
  @ApiOkResponse({
    schema: {
      oneOf: [
        { $ref: getSchemaPath(LoginResponseBody) },
        { $ref: getSchemaPath(SecondFactorChallengeBody) },
      ],
    },
  })
  @ApiProblems(400, 401, 409, 413, 422, 429)
  async login(
    @Body() body: LoginRequestBody,
    @Req() request: Request,
    @RequestAuditSource() source: AuditSource,
  ): Promise<LoginOutcome> {
    const address = clientAddressOf(request);
    await this.signInThrottle.begin(body.email, address).catch(async (error: unknown) => {
      if (error instanceof ProblemException && error.getStatus() === 429) {
        await this.audit.record(source, await this.signInFailure(body.email, 'locked-out'));
      }
      throw error;
    });
    const user = await this.users.verifyCredentials(body.email, body.password);
    if (!user) {
      await this.signInThrottle.failed(body.email, address);
      await this.audit.record(source, await this.signInFailure(body.email));
      throw new ProblemException(401, 'auth/invalid-credentials', 'Email or password is wrong.');
    }
    await this.signInThrottle.succeeded(body.email, address);
    if (await this.secondFactors.isEnabled(user.id)) return this.challenges.issue(user.id);
    return this.signedIn(request, source, user);
  }

  @Public()
  @Post('login/second-factor')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Finish signing in with the challenge and a code from the authenticator app, or a recovery code.',
    description:
      'Public (the challenge is the credential). A challenge is spent by a right code, and ends after 5 wrong ones or 5 minutes.',
  })
  @IdempotentPost('second-factor-challenge')
  @ApiOkResponse({ type: LoginResponseBody })
  @ApiProblems(400, 401, 409, 422, 429)
  async secondFactorLogin(
    @Body() body: SecondFactorLoginBody,
    @Req() request: Request,
    @RequestAuditSource() source: AuditSource,
  ): Promise<LoginResponse> {
    const user = await this.users.findActive(
      await this.challenges.answer(body.challenge, body.code),
    );
    if (!user) {
      throw new ProblemException(
        401,
        'auth/user-disabled',
        'This account is disabled.',
        'challenge',
      );
    }
    return this.signedIn(request, source, user);
  }

  /** A new session; recorded before any token leaves: if the record fails, so does the sign-in. */
  private async signedIn(
    request: Request,
    source: AuditSource,
    user: UserEntity,
  ): Promise<LoginResponse> {
    const tokens = await this.sessionTokens.start(user, sessionClientOf(request));
    await this.audit.record(actingAs(source, user), { kind: 'SignInSucceeded', userId: user.id });
    return tokens;
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Rotate a refresh token: a new access token and a new refresh token.',
    description:
      "Public (the refresh token is the credential). A used token revokes its whole session, unless the retry carries the first attempt's Idempotency-Key: then it gets the first answer again (whose tokens work only while the session runs). No refresh outlives the session's absolute end (SESSION_MAX_AGE_SECONDS after sign-in).",
  })
  @IdempotentPost('refresh-token')
  @ApiOkResponse({ type: LoginResponseBody })
  @ApiProblems(400, 401, 409, 422, 429)
  async refresh(@Body() body: RefreshRequestBody): Promise<LoginResponse> {
    const rotated = await this.refreshTokens.rotate(
      body.refreshToken,
      async (userId) => (await this.users.findActive(userId)) !== null,
    );
    const user = await this.users.findActive(rotated.userId);
    if (!user)
      throw new ProblemException(
        401,
        'auth/user-disabled',
        'This account is disabled.',
        'refreshToken',
      );
    return this.sessionTokens.answer(user, rotated);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Sign out: end the session of a refresh token, its access tokens included.',
    description:
      'Public (the refresh token is the credential). Access tokens of the session are refused at once by this API process and within 5 seconds by every other.',
  })
  @IdempotentPost('refresh-token')
  @ApiNoContentResponse({ description: 'Ended (also when the token was unknown).' })
  @ApiProblems(400, 409, 422, 429)
  async logout(@Body() body: RefreshRequestBody): Promise<void> {
    await this.sessions.endByRefreshToken(refreshTokenDigest(body.refreshToken));
  }

  @Get('me')
  @EnrolmentAllowed()
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user.', description: 'Every signed-in user.' })
  @ApiOkResponse({ description: 'The signed-in user.' })
  @ApiProblems(401, 429)
  me(@CurrentUser() user: SessionUser): SessionUser {
    return user;
  }

  /** Why a sign-in failed, for the audit trail alone: the caller gets the same 401 for all. */
  private async signInFailure(
    email: string,
    lockedOut?: 'locked-out',
  ): Promise<SecurityAuditEntry> {
    const account = await this.users.findByEmail(email);
    const refused = account?.active ? 'wrong-password' : 'account-disabled';
    return {
      kind: 'SignInFailed',
      email,
      userId: account?.id ?? null,
      reason: lockedOut ?? (!account ? 'unknown-account' : refused),
    };
  }
}
