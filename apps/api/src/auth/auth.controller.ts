import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiExtraModels,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { type LoginOutcome, type LoginResponse, type SessionUser } from '@greenchain/contracts';
import { ProblemException, Public } from '@greenchain/platform';
import { ApiProblems } from '../commands/api-problems.decorator';
import { IdempotentPost } from '../commands/http-idempotency/idempotent-post.decorator';
import { type SecurityAuditEntry } from '@greenchain/domain';
import { actingAs, type AuditSource, RequestAuditSource } from '../security-audit/audit-source';
import { SecurityAuditTrail } from '../security-audit/security-audit-trail.service';
import { type UserEntity } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { AccessTokenService } from './access-token.service';
import { CurrentUser } from './current-user.decorator';
import { LoginRequestBody } from './login.request';
import { LoginResponseBody } from './login.response';
import { RefreshRequestBody } from './refresh.request';
import { RefreshTokens } from './refresh-tokens.service';
import { EnrolmentAllowed } from './second-factor/enrolment-allowed.decorator';
import { SecondFactorChallenges } from './second-factor/second-factor-challenges';
import { SecondFactorLoginBody } from './second-factor/second-factor.requests';
import { SecondFactorChallengeBody } from './second-factor/second-factor.responses';
import { SecondFactors, secondFactorRequired } from './second-factor/second-factors.service';
import { toSessionUser } from './session-user';

/** Sign-in is throttled hard: it is where passwords get guessed. */
const signInThrottle = { default: { limit: 10, ttl: 60_000 } };

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: AccessTokenService,
    private readonly refreshTokens: RefreshTokens,
    private readonly audit: SecurityAuditTrail,
    private readonly secondFactors: SecondFactors,
    private readonly challenges: SecondFactorChallenges,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @Throttle(signInThrottle)
  @ApiOperation({
    summary: 'Exchange an email and password for a short-lived access token and a refresh token.',
    description:
      'Public. An account with a second factor gets a challenge instead (secondFactorRequired: true), answered at POST /api/auth/login/second-factor.',
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
    @RequestAuditSource() source: AuditSource,
  ): Promise<LoginOutcome> {
    const user = await this.users.verifyCredentials(body.email, body.password);
    if (!user) {
      await this.audit.record(source, await this.signInFailure(body.email));
      throw new ProblemException(401, 'auth/invalid-credentials', 'Email or password is wrong.');
    }
    if (await this.secondFactors.isEnabled(user.id)) return this.challenges.issue(user.id);
    return this.signedIn(source, user);
  }

  @Public()
  @Post('login/second-factor')
  @HttpCode(200)
  @Throttle(signInThrottle)
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
    return this.signedIn(source, user);
  }

  /** Recorded before any token leaves: if the record fails, so does the sign-in. */
  private async signedIn(source: AuditSource, user: UserEntity): Promise<LoginResponse> {
    const refreshToken = await this.refreshTokens.issue(user.id);
    await this.audit.record(actingAs(source, user), { kind: 'SignInSucceeded', userId: user.id });
    return this.session(user, refreshToken);
  }

  @Public()
  @Post('refresh')
  @HttpCode(200)
  @Throttle(signInThrottle)
  @ApiOperation({
    summary: 'Rotate a refresh token: a new access token and a new refresh token.',
    description:
      "Public (the refresh token is the credential). A used token revokes its whole session, unless the retry carries the first attempt's Idempotency-Key: then it gets the first answer again.",
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
    return this.session(user, rotated.refreshToken);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  @ApiOperation({
    summary: 'End the session of a refresh token (its whole family).',
    description: 'Public.',
  })
  @IdempotentPost('refresh-token')
  @ApiNoContentResponse({ description: 'Ended (also when the token was unknown).' })
  @ApiProblems(400, 409, 422, 429)
  async logout(@Body() body: RefreshRequestBody): Promise<void> {
    await this.refreshTokens.revoke(body.refreshToken);
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
  private async signInFailure(email: string): Promise<SecurityAuditEntry> {
    const account = await this.users.findByEmail(email);
    return {
      kind: 'SignInFailed',
      email,
      userId: account?.id ?? null,
      reason: !account ? 'unknown-account' : account.active ? 'wrong-password' : 'account-disabled',
    };
  }

  private async session(user: UserEntity, refreshToken: string): Promise<LoginResponse> {
    return {
      accessToken: await this.tokens.issue(user.id),
      tokenType: 'Bearer',
      expiresIn: this.tokens.ttlSeconds,
      refreshToken,
      refreshExpiresIn: this.refreshTokens.ttlSeconds,
      user: toSessionUser(user),
      secondFactorEnrolmentRequired:
        secondFactorRequired(user) && !(await this.secondFactors.isEnabled(user.id)),
    };
  }
}
