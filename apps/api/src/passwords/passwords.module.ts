import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { UsersModule } from '../users/users.module';
import { PasswordPolicy } from './password-policy';
import { PasswordResetLinks } from './password-reset-links.service';
import { PasswordsController } from './passwords.controller';

/** The password policy, own changes and administrators' reset links. */
@Module({
  imports: [UsersModule, AuthModule],
  controllers: [PasswordsController],
  providers: [PasswordPolicy, PasswordResetLinks],
  exports: [PasswordPolicy, PasswordResetLinks],
})
export class PasswordsModule {}
