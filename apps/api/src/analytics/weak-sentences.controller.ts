import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type SessionUser } from '@greenchain/contracts';
import { AnswerCache, WeakSentencesQuery, weakSentencesTable } from '@greenchain/read-models';
import { DataSource } from 'typeorm';
import { CurrentUser } from '../auth/current-user.decorator';
import { AbilityGuard } from '../authorization/ability.guard';
import { Allow } from '../authorization/allow.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { fixedSortParam, jsonParam, pageRows, rangeParam } from '../records/list-params';
import { analyticsFilter } from './analytics-filter';
import { type AnalyticsListPage } from './analytics-list-page';
import { AnalyticsTable } from './analytics-table.decorator';
import { analyticsReaders, fromReadModels, todayUtc } from './from-read-models';
import { WeakSentencesParams } from './weak-sentences.params';
import { WeakSentenceResponse } from './weak-sentences.responses';

/** The most rows a file of the list holds: the whole list in any real filter. */
const fileRows = 10_000;

/** The sentences whose fine leaves the crime profitable, one defendant per row, weakest first. */
@ApiTags('analytics')
@ApiBearerAuth()
@Controller('analytics')
@UseGuards(AbilityGuard)
@Allow('read', 'Analytics')
export class WeakSentencesController {
  private readonly weakSentences: WeakSentencesQuery;

  constructor(
    private readonly answers: AnswerCache,
    dataSource: DataSource,
  ) {
    this.weakSentences = new WeakSentencesQuery(dataSource);
  }

  @Get('weak-sentences')
  @ApiOperation({
    summary:
      'Each finally sentenced defendant whose sentence is not custodial and whose fine in USD is below their share of the case value, weakest first (lowest fine ÷ share).',
    description: `${analyticsReaders} One row per defendant with the case and the money only, never the defendant. The sort is fixed (["fineToShare","ASC"]); range pages the JSON (at most ${pageRows} rows), a file holds the first ${fileRows} unless a range says otherwise.`,
  })
  @ApiOkResponse({
    type: [WeakSentenceResponse],
    headers: { 'Content-Range': { description: 'weak-sentences <first>-<last>/<total>' } },
  })
  @ApiProblems(400, 401, 403, 429, 503)
  @AnalyticsTable(weakSentencesTable)
  async rows(
    @Query() query: WeakSentencesParams,
    @CurrentUser() user: SessionUser,
  ): Promise<AnalyticsListPage<WeakSentenceResponse>> {
    const filter = analyticsFilter(query, user, todayUtc());
    fixedSortParam(jsonParam('sort', query.sort), ['fineToShare', 'ASC']);
    const range = jsonParam('range', query.range);
    const [first, last] =
      (query.format ?? 'json') === 'json'
        ? rangeParam(range, pageRows)
        : rangeParam(range, fileRows, [0, fileRows - 1]);
    const page = await fromReadModels(() =>
      this.answers.answer(['weak-sentences', filter, first, last], () =>
        this.weakSentences.page(filter, [first, last]),
      ),
    );
    return { ...page, first };
  }
}
