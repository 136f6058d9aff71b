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

@Module({
  imports: [JwtModule.register({}), UsersModule],
  controllers: [AuthController, ReauthenticationController],
  providers: [
    AccessTokenService,
    RefreshTokens,
    ReauthenticationProofs,
    ReauthenticationGuard,
    AuthenticationGuard,
    { provide: APP_GUARD, useExisting: AuthenticationGuard },
  ],
  exports: [
    AccessTokenService,
    RefreshTokens,
    AuthenticationGuard,
    ReauthenticationProofs,
    ReauthenticationGuard,
  ],
})
export class AuthModule {}
