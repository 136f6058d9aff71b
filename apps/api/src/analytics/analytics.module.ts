import { Module } from '@nestjs/common';
import { AnalyticsController } from './analytics.controller';
import { ChainFunnelController } from './chain-funnel.controller';
import { ChainStrengthController } from './chain-strength.controller';
import { CompletenessController } from './completeness.controller';
import { StalledController } from './stalled.controller';

@Module({
  controllers: [
    AnalyticsController,
    ChainFunnelController,
    StalledController,
    CompletenessController,
    ChainStrengthController,
  ],
})
export class AnalyticsModule {}
