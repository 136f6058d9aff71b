import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type SessionUser } from '@greenchain/contracts';
import { ChainStrengthQuery, chainStrengthTable, AnswerCache } from '@greenchain/read-models';
import { DataSource } from 'typeorm';
import { CurrentUser } from '../auth/current-user.decorator';
import { AbilityGuard } from '../authorization/ability.guard';
import { Allow } from '../authorization/allow.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { invalidListParam } from '../records/list-params';
import { analyticsFilter } from './analytics-filter';
import { AnalyticsTable } from './analytics-table.decorator';
import { AnalyticsQuery } from './analytics.query';
import { ChainStrengthRowResponse } from './chain-strength.responses';
import { analyticsReaders, fromReadModels, todayUtc } from './from-read-models';

/** The chain strength index per country, with each of its parts, at an as-of date. */
@ApiTags('analytics')
@ApiBearerAuth()
@Controller('analytics')
@UseGuards(AbilityGuard)
@Allow('read', 'Analytics')
export class ChainStrengthController {
  private readonly strength: ChainStrengthQuery;

  constructor(
    private readonly answers: AnswerCache,
    dataSource: DataSource,
  ) {
    this.strength = new ChainStrengthQuery(dataSource);
  }

  @Get('chain-strength')
  @ApiOperation({
    summary:
      'Per country, the chain strength index in 0..1: the weighted mean of its known parts (the funnel rates, time in stage against the default deadlines, fine ÷ share of the value), each part served with its score, its figure and its counts.',
    description: `${analyticsReaders} Always per country: groupBy other than country is refused (400). Analysts and administrators see no figure resting on a hidden small count, nor the index then.`,
  })
  @ApiOkResponse({ type: [ChainStrengthRowResponse] })
  @ApiProblems(400, 401, 403, 429, 503)
  @AnalyticsTable(chainStrengthTable)
  chainStrengthRows(
    @Query() query: AnalyticsQuery,
    @CurrentUser() user: SessionUser,
  ): Promise<ChainStrengthRowResponse[]> {
    if (query.groupBy !== undefined && query.groupBy !== 'country') {
      throw invalidListParam('groupBy', 'the chain strength index is per country only');
    }
    const filter = analyticsFilter(query, user, todayUtc());
    return fromReadModels(() =>
      this.answers.answer(['chain-strength', filter], () => this.strength.rows(filter)),
    );
  }
}
