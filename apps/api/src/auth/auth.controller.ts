import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { type LoginResponse, type SessionUser } from '@greenchain/contracts';
import { ProblemException, Public } from '@greenchain/platform';
import { UsersService } from '../users/users.service';
import { AccessTokenService } from './access-token.service';
import { CurrentUser } from './current-user.decorator';
import { LoginRequestBody } from './login.request';
import { toSessionUser } from './session-user';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly tokens: AccessTokenService,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  @ApiOperation({ summary: 'Exchange an email and password for a short-lived access token.' })
  async login(@Body() body: LoginRequestBody): Promise<LoginResponse> {
    const user = await this.users.verifyCredentials(body.email, body.password);
    if (!user) {
      throw new ProblemException(401, 'auth/invalid-credentials', 'Email or password is wrong.');
    }
    return {
      accessToken: await this.tokens.issue(user.id),
      tokenType: 'Bearer',
      expiresIn: this.tokens.ttlSeconds,
      user: toSessionUser(user),
    };
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ description: 'The signed-in user.' })
  me(@CurrentUser() user: SessionUser): SessionUser {
    return user;
  }
}
