import { Controller, Get, Inject, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type SessionUser } from '@greenchain/contracts';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';
import { StalledQuery, stalledTable, AnswerCache } from '@greenchain/read-models';
import { DataSource } from 'typeorm';
import { CurrentUser } from '../auth/current-user.decorator';
import { AbilityGuard } from '../authorization/ability.guard';
import { Allow } from '../authorization/allow.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { analyticsFilter } from './analytics-filter';
import { AnalyticsTable } from './analytics-table.decorator';
import { AnalyticsQuery } from './analytics.query';
import { analyticsReaders, fromReadModels, todayUtc } from './from-read-models';
import { StalledRowResponse } from './stalled.responses';

/** The steps waiting on the as-of day, and those waiting past their deadline. */
@ApiTags('analytics')
@ApiBearerAuth()
@Controller('analytics')
@UseGuards(AbilityGuard)
@Allow('read', 'Analytics')
export class StalledController {
  private readonly stalled: StalledQuery;

  constructor(
    private readonly answers: AnswerCache,
    dataSource: DataSource,
    @Inject(GREENCHAIN_CONFIG) config: GreenchainConfig,
  ) {
    this.stalled = new StalledQuery(dataSource, config.stageDeadlines);
  }

  @Get('stalled')
  @ApiOperation({
    summary:
      'Per group and pending step (referral decision, charge decision, verdict per defendant): how many wait, how many past the deadline, median and longest days in the step and overdue.',
    description: `${analyticsReaders} Judged on the business dates of what is recorded at the as-of date, with each country's deadlines.`,
  })
  @ApiOkResponse({ type: [StalledRowResponse] })
  @ApiProblems(400, 401, 403, 429, 503)
  @AnalyticsTable(stalledTable)
  stalledRows(
    @Query() query: AnalyticsQuery,
    @CurrentUser() user: SessionUser,
  ): Promise<StalledRowResponse[]> {
    const filter = analyticsFilter(query, user, todayUtc());
    const group = query.groupBy ?? 'country';
    return fromReadModels(() =>
      this.answers.answer(['stalled', filter, group], () => this.stalled.rows(filter, group)),
    );
  }
}
