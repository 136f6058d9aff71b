import { Module } from '@nestjs/common';
import { AnalyticsController } from './analytics.controller';
import { ChainFunnelController } from './chain-funnel.controller';

@Module({ controllers: [AnalyticsController, ChainFunnelController] })
export class AnalyticsModule {}
