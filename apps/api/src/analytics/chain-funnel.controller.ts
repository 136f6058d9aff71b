import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type SessionUser } from '@greenchain/contracts';
import {
  ChainFunnelQuery,
  chainFunnelTable,
  DropOutsQuery,
  dropOutsTable,
  AnswerCache,
} from '@greenchain/read-models';
import { DataSource } from 'typeorm';
import { CurrentUser } from '../auth/current-user.decorator';
import { AbilityGuard } from '../authorization/ability.guard';
import { Allow } from '../authorization/allow.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { analyticsFilter } from './analytics-filter';
import { AnalyticsTable } from './analytics-table.decorator';
import { AnalyticsQuery } from './analytics.query';
import { ChainFunnelRowResponse, DropOutRowResponse } from './chain-funnel.responses';
import { analyticsReaders, fromReadModels, todayUtc } from './from-read-models';

/** The funnel in cases and defendants, and where they dropped out, per group at an as-of date. */
@ApiTags('analytics')
@ApiBearerAuth()
@Controller('analytics')
@UseGuards(AbilityGuard)
@Allow('read', 'Analytics')
export class ChainFunnelController {
  private readonly funnel: ChainFunnelQuery;
  private readonly dropOuts: DropOutsQuery;

  constructor(
    private readonly answers: AnswerCache,
    dataSource: DataSource,
  ) {
    this.funnel = new ChainFunnelQuery(dataSource);
    this.dropOuts = new DropOutsQuery(dataSource);
  }

  @Get('chain-funnel')
  @ApiOperation({
    summary:
      'Cases and defendants per group that ever reached each step by the as-of date (seized, referred or settled, charged, finally convicted, sentenced), with each step ÷ the previous, ÷ seized, and charged ÷ referred.',
    description: `${analyticsReaders} A rate over 0 is null.`,
  })
  @ApiOkResponse({ type: [ChainFunnelRowResponse] })
  @ApiProblems(400, 401, 403, 429, 503)
  @AnalyticsTable(chainFunnelTable)
  chainFunnelRows(
    @Query() query: AnalyticsQuery,
    @CurrentUser() user: SessionUser,
  ): Promise<ChainFunnelRowResponse[]> {
    const filter = analyticsFilter(query, user, todayUtc());
    const group = query.groupBy ?? 'country';
    return fromReadModels(() =>
      this.answers.answer(['chain-funnel', filter, group], () => this.funnel.rows(filter, group)),
    );
  }

  @Get('drop-outs')
  @ApiOperation({
    summary:
      'Defendants and cases per group that left the chain without a conviction by the as-of date, by reason (declines by reason code), with administrative settlements beside them.',
    description: `${analyticsReaders} A case drops out when every defendant has.`,
  })
  @ApiOkResponse({ type: [DropOutRowResponse] })
  @ApiProblems(400, 401, 403, 429, 503)
  @AnalyticsTable(dropOutsTable)
  dropOutRows(
    @Query() query: AnalyticsQuery,
    @CurrentUser() user: SessionUser,
  ): Promise<DropOutRowResponse[]> {
    const filter = analyticsFilter(query, user, todayUtc());
    const group = query.groupBy ?? 'country';
    return fromReadModels(() =>
      this.answers.answer(['drop-outs', filter, group], () => this.dropOuts.rows(filter, group)),
    );
  }
}
