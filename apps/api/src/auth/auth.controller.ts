import { Body, Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type LoginResponse, type SessionUser } from '@greenchain/contracts';
import { ProblemException, Public } from '@greenchain/platform';
import { ApiProblems } from '../commands/api-problems.decorator';
import { IdempotentPost } from '../commands/http-idempotency/idempotent-post.decorator';
import { type Request } from 'express';
import { UsersService } from '../users/users.service';
import { CurrentUser } from './current-user.decorator';
import { LoginRequestBody } from './login.request';
import { LoginResponseBody } from './login.response';
import { RefreshRequestBody } from './refresh.request';
import { refreshTokenDigest, RefreshTokens } from './refresh-tokens.service';
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
    private readonly sessions: SessionsService,
    private readonly signInThrottle: SignInThrottle,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Exchange an email and password for a short-lived access token and a refresh token.',
    description:
      'Public. Repeated failures make the next attempt wait (429 with Retry-After): per account and client address after a few, per account from everywhere and per address after more.',
  })
  @IdempotentPost('password')
  @ApiOkResponse({ type: LoginResponseBody })
  @ApiProblems(400, 401, 409, 413, 422, 429)
  async login(@Body() body: LoginRequestBody, @Req() request: Request): Promise<LoginResponse> {
    const address = clientAddressOf(request);
    await this.signInThrottle.begin(body.email, address);
    const user = await this.users.verifyCredentials(body.email, body.password);
    if (!user) {
      await this.signInThrottle.failed(body.email, address);
      throw new ProblemException(401, 'auth/invalid-credentials', 'Email or password is wrong.');
    }
    await this.signInThrottle.succeeded(body.email, address);
    return this.sessionTokens.start(user, sessionClientOf(request));
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
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user.', description: 'Every signed-in user.' })
  @ApiOkResponse({ description: 'The signed-in user.' })
  @ApiProblems(401, 429)
  me(@CurrentUser() user: SessionUser): SessionUser {
    return user;
  }
}
