import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { PasswordsModule } from '../passwords/passwords.module';
import { UsersAdminController } from './users-admin.controller';
import { UsersModule } from './users.module';

/** Separate from UsersModule, which AuthModule itself needs. */
@Module({
  imports: [UsersModule, AuthModule, PasswordsModule],
  controllers: [UsersAdminController],
})
export class UserAdminModule {}
