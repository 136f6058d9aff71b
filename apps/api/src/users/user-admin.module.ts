import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { UsersAdminController } from './users-admin.controller';
import { UsersModule } from './users.module';

/** Separate from UsersModule, which AuthModule itself needs. */
@Module({ imports: [UsersModule, AuthModule], controllers: [UsersAdminController] })
export class UserAdminModule {}
