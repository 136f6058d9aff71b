import { Module } from '@nestjs/common';
import { AnalyticsController } from './analytics.controller';
import { CompletenessController } from './completeness.controller';
import { StalledController } from './stalled.controller';

@Module({ controllers: [AnalyticsController, StalledController, CompletenessController] })
export class AnalyticsModule {}
