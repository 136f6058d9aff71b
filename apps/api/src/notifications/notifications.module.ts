import { Module } from '@nestjs/common';
import { IdempotentRequestsModule } from '../operations/idempotent-requests.module';
import { NotificationsController } from './notifications.controller';
import { Notifications } from './notifications.service';

@Module({
  imports: [IdempotentRequestsModule],
  controllers: [NotificationsController],
  providers: [Notifications],
})
export class NotificationsModule {}
