import { Controller, Get, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type SessionUser } from '@greenchain/contracts';
import { CompletenessQuery, completenessTable, AnswerCache } from '@greenchain/read-models';
import { type Response } from 'express';
import { DataSource } from 'typeorm';
import { CurrentUser } from '../auth/current-user.decorator';
import { AbilityGuard } from '../authorization/ability.guard';
import { Allow } from '../authorization/allow.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import {
  contentRange,
  fixedSortParam,
  jsonParam,
  pageRows,
  rangeParam,
} from '../records/list-params';
import { analyticsFilter } from './analytics-filter';
import { AnalyticsTable } from './analytics-table.decorator';
import { AnalyticsQuery } from './analytics.query';
import { CompletenessRowResponse, IncompleteCaseResponse } from './completeness.responses';
import { analyticsReaders, fromReadModels, todayUtc } from './from-read-models';
import { IncompleteCasesQuery } from './incomplete-cases.query';

/** Which cases have their value, outcome and disposal recorded at an as-of date. */
@ApiTags('analytics')
@ApiBearerAuth()
@Controller('analytics/completeness')
@UseGuards(AbilityGuard)
export class CompletenessController {
  private readonly completeness: CompletenessQuery;

  constructor(
    private readonly answers: AnswerCache,
    dataSource: DataSource,
  ) {
    this.completeness = new CompletenessQuery(dataSource);
  }

  @Get()
  @Allow('read', 'Analytics')
  @ApiOperation({
    summary:
      'Per group: cases, and how many (and what share) have their value, outcome and disposal recorded.',
    description: analyticsReaders,
  })
  @ApiOkResponse({ type: [CompletenessRowResponse] })
  @ApiProblems(400, 401, 403, 429, 503)
  @AnalyticsTable(completenessTable)
  rows(
    @Query() query: AnalyticsQuery,
    @CurrentUser() user: SessionUser,
  ): Promise<CompletenessRowResponse[]> {
    const filter = analyticsFilter(query, user, todayUtc());
    const group = query.groupBy ?? 'country';
    return fromReadModels(() =>
      this.answers.answer(['completeness', filter, group], () =>
        this.completeness.rows(filter, group),
      ),
    );
  }

  @Get('missing')
  @Allow('read', 'IncompleteCases')
  @ApiOperation({
    summary: 'The cases missing a fact (value, outcome or disposal), oldest seizure first.',
    description:
      'Officers only, their own country: a case list behind the aggregates. Analysts read the aggregates alone; administrators read no case content.',
  })
  @ApiOkResponse({
    type: [IncompleteCaseResponse],
    headers: { 'Content-Range': { description: 'cases <first>-<last>/<total>' } },
  })
  @ApiProblems(400, 401, 403, 429, 503)
  async missing(
    @Query() query: IncompleteCasesQuery,
    @CurrentUser() user: SessionUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<IncompleteCaseResponse[]> {
    const filter = analyticsFilter(query, user, todayUtc());
    fixedSortParam(jsonParam('sort', query.sort), ['seizedOn', 'ASC']);
    const range = rangeParam(jsonParam('range', query.range), pageRows);
    const page = await fromReadModels(() =>
      this.answers.answer(['completeness-missing', filter, query.field, range], () =>
        this.completeness.missing(filter, query.field, range),
      ),
    );
    response.setHeader(
      'Content-Range',
      contentRange('cases', range[0], page.rows.length, page.total),
    );
    return page.rows;
  }
}
