import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { UsersModule } from '../users/users.module';
import { AccessTokenService } from './access-token.service';
import { AuthController } from './auth.controller';
import { AuthenticationGuard } from './authentication.guard';
import { RefreshTokens } from './refresh-tokens.service';
import { DemoSecondFactorSeeder } from './second-factor/demo-second-factor.seeder';
import { SecondFactorChallenges } from './second-factor/second-factor-challenges';
import { SecondFactorVerifier } from './second-factor/second-factor-verifier';
import { SecondFactorController } from './second-factor/second-factor.controller';
import { SecondFactors } from './second-factor/second-factors.service';

@Module({
  imports: [JwtModule.register({}), UsersModule],
  controllers: [AuthController, SecondFactorController],
  providers: [
    AccessTokenService,
    RefreshTokens,
    SecondFactorVerifier,
    SecondFactors,
    SecondFactorChallenges,
    DemoSecondFactorSeeder,
    AuthenticationGuard,
    { provide: APP_GUARD, useExisting: AuthenticationGuard },
  ],
  exports: [AccessTokenService, RefreshTokens, AuthenticationGuard, DemoSecondFactorSeeder],
})
export class AuthModule {}
