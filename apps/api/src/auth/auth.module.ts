import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { UsersModule } from '../users/users.module';
import { AccessTokenService } from './access-token.service';
import { AuthController } from './auth.controller';
import { AuthenticationGuard } from './authentication.guard';
import { RefreshTokens } from './refresh-tokens.service';
import { SessionTokens } from './sessions/session-tokens.service';
import { SessionsController } from './sessions/sessions.controller';
import { SessionsService } from './sessions/sessions.service';
import { RateLimitStore } from './throttling/rate-limit-store';
import { RequestLimitGuard } from './throttling/request-limit.guard';
import { SignInThrottle } from './throttling/sign-in-throttle.service';

@Module({
  imports: [JwtModule.register({}), UsersModule],
  controllers: [AuthController, SessionsController],
  providers: [
    AccessTokenService,
    RefreshTokens,
    SessionsService,
    SessionTokens,
    RateLimitStore,
    SignInThrottle,
    AuthenticationGuard,
    // The request limit runs first and needs no session, so floods of bad tokens count too.
    { provide: APP_GUARD, useClass: RequestLimitGuard },
    { provide: APP_GUARD, useExisting: AuthenticationGuard },
  ],
  exports: [AccessTokenService, SessionsService, SessionTokens, AuthenticationGuard],
})
export class AuthModule {}
