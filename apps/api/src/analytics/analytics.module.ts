import { Module } from '@nestjs/common';
import { AnswerCache } from '@greenchain/read-models';
import { DataSource } from 'typeorm';
import { AnalyticsController } from './analytics.controller';
import { ChainFunnelController } from './chain-funnel.controller';
import { ChainStrengthController } from './chain-strength.controller';
import { CompletenessController } from './completeness.controller';
import { StalledController } from './stalled.controller';
import { WeakSentencesController } from './weak-sentences.controller';

@Module({
  controllers: [
    AnalyticsController,
    ChainFunnelController,
    StalledController,
    CompletenessController,
    ChainStrengthController,
    WeakSentencesController,
  ],
  // One per process: every analytics route reads through it.
  providers: [
    {
      provide: AnswerCache,
      inject: [DataSource],
      useFactory: (dataSource: DataSource) => new AnswerCache(dataSource),
    },
  ],
})
export class AnalyticsModule {}
