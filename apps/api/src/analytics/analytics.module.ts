import { Module } from '@nestjs/common';
import { AnalyticsController } from './analytics.controller';
import { StalledController } from './stalled.controller';

@Module({ controllers: [AnalyticsController, StalledController] })
export class AnalyticsModule {}
