import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { UsersModule } from '../users/users.module';
import { AccessTokenService } from './access-token.service';
import { AuthController } from './auth.controller';
import { AuthenticationGuard } from './authentication.guard';
import { ReauthenticationController } from './reauthentication.controller';
import { ReauthenticationGuard } from './reauthentication.guard';
import { ReauthenticationProofs } from './reauthentication-proofs.service';
import { RefreshTokens } from './refresh-tokens.service';
import { DemoSecondFactorSeeder } from './second-factor/demo-second-factor.seeder';
import { SecondFactorChallenges } from './second-factor/second-factor-challenges';
import { SecondFactorVerifier } from './second-factor/second-factor-verifier';
import { SecondFactorController } from './second-factor/second-factor.controller';
import { SecondFactors } from './second-factor/second-factors.service';

import { SessionTokens } from './sessions/session-tokens.service';
import { SessionsController } from './sessions/sessions.controller';
import { SessionsService } from './sessions/sessions.service';
import { RateLimitStore } from './throttling/rate-limit-store';
import { RequestLimitGuard } from './throttling/request-limit.guard';
import { SignInThrottle } from './throttling/sign-in-throttle.service';
import { ThrottledPasswordCheck } from './throttling/throttled-password-check';

@Module({
  imports: [JwtModule.register({}), UsersModule],
  controllers: [
    AuthController,
    SecondFactorController,
    SessionsController,
    ReauthenticationController,
  ],
  providers: [
    AccessTokenService,
    RefreshTokens,
    SecondFactorVerifier,
    SecondFactors,
    SecondFactorChallenges,
    DemoSecondFactorSeeder,
    SessionsService,
    SessionTokens,
    RateLimitStore,
    SignInThrottle,
    ThrottledPasswordCheck,
    ReauthenticationProofs,
    ReauthenticationGuard,
    AuthenticationGuard,
    // The request limit runs first and needs no session, so floods of bad tokens count too.
    { provide: APP_GUARD, useClass: RequestLimitGuard },
    { provide: APP_GUARD, useExisting: AuthenticationGuard },
  ],
  exports: [
    AccessTokenService,
    RefreshTokens,
    AuthenticationGuard,
    DemoSecondFactorSeeder,
    SessionsService,
    SessionTokens,
    ReauthenticationProofs,
    ReauthenticationGuard,
    ThrottledPasswordCheck,
  ],
})
export class AuthModule {}
