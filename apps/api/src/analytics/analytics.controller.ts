import { Controller, Get, Inject, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type SessionUser } from '@greenchain/contracts';
import { GREENCHAIN_CONFIG, type GreenchainConfig } from '@greenchain/platform';
import {
  ChainBreakdownQuery,
  chainBreakdownTable,
  PenaltyAdequacyQuery,
  penaltyAdequacyTable,
  PenaltyBinsQuery,
  penaltyBinsTable,
  TimeInStageQuery,
  timeInStageTable,
  usdRateTableAnswer,
  AnswerCache,
} from '@greenchain/read-models';
import { DataSource } from 'typeorm';
import { CurrentUser } from '../auth/current-user.decorator';
import { AbilityGuard } from '../authorization/ability.guard';
import { Allow } from '../authorization/allow.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { analyticsFilter, seesEveryCountry } from './analytics-filter';
import { AnalyticsTable } from './analytics-table.decorator';
import { AnalyticsQuery } from './analytics.query';
import { analyticsReaders, fromReadModels, todayUtc } from './from-read-models';
import {
  FunnelRowResponse,
  PenaltyAdequacyRowResponse,
  PenaltyBinRowResponse,
  TimeInStageRowResponse,
  UsdRateTableResponse,
} from './analytics.responses';

/** Where the enforcement chain breaks, by country, agreement, port or year, at an as-of date. */
@ApiTags('analytics')
@ApiBearerAuth()
@Controller('analytics')
@UseGuards(AbilityGuard)
@Allow('read', 'Analytics')
export class AnalyticsController {
  private readonly funnel: ChainBreakdownQuery;
  private readonly penalties: PenaltyAdequacyQuery;
  private readonly penaltyBins: PenaltyBinsQuery;
  private readonly stageTimes: TimeInStageQuery;

  constructor(
    private readonly answers: AnswerCache,
    dataSource: DataSource,
    @Inject(GREENCHAIN_CONFIG) config: GreenchainConfig,
  ) {
    this.funnel = new ChainBreakdownQuery(dataSource, config.stageDeadlines);
    this.penalties = new PenaltyAdequacyQuery(dataSource);
    this.penaltyBins = new PenaltyBinsQuery(dataSource);
    this.stageTimes = new TimeInStageQuery(dataSource);
  }

  @Get('funnel')
  @ApiOperation({
    summary:
      'Cases per group that reached each step: seized, referred, accepted, charged, convicted, sentenced; and drop-outs.',
    description: analyticsReaders,
  })
  @ApiOkResponse({ type: [FunnelRowResponse] })
  @ApiProblems(400, 401, 403, 429, 503)
  @AnalyticsTable(chainBreakdownTable)
  funnelRows(
    @Query() query: AnalyticsQuery,
    @CurrentUser() user: SessionUser,
  ): Promise<FunnelRowResponse[]> {
    const filter = analyticsFilter(query, user, todayUtc());
    const group = query.groupBy ?? 'country';
    return fromReadModels(() =>
      this.answers.answer(['funnel', filter, group], () => this.funnel.rows(filter, group)),
    );
  }

  @Get('penalty-adequacy')
  @ApiOperation({
    summary:
      'Penalties of the finally sentenced defendants per group: fine ÷ share of the case value (median, quartiles, p90), fine ÷ statutory maximum (median), and the shares custodial, suspended and deterrent.',
    description: `${analyticsReaders} Money in USD by the dated rate table (GET /api/analytics/usd-rates), whose date each row names (ratesReadOn); provisionalRates when a year after its latest published one entered. A ratio that cannot be computed for a defendant is counted in notCounted, never taken as 0.`,
  })
  @ApiOkResponse({ type: [PenaltyAdequacyRowResponse] })
  @ApiProblems(400, 401, 403, 429, 503)
  @AnalyticsTable(penaltyAdequacyTable)
  penaltyRows(
    @Query() query: AnalyticsQuery,
    @CurrentUser() user: SessionUser,
  ): Promise<PenaltyAdequacyRowResponse[]> {
    const filter = analyticsFilter(query, user, todayUtc());
    const group = query.groupBy ?? 'country';
    return fromReadModels(() =>
      this.answers.answer(['penalty-adequacy', filter, group], () =>
        this.penalties.rows(filter, group),
      ),
    );
  }

  @Get('penalty-bins')
  @ApiOperation({
    summary:
      'Fine against share of the case value per group, both in USD: the finally sentenced defendants with both above 0, counted per power of ten of each (no amount of any defendant).',
    description: `${analyticsReaders} Money in USD by the dated rate table (GET /api/analytics/usd-rates). Each group's bins are one line for small-cell suppression.`,
  })
  @ApiOkResponse({ type: [PenaltyBinRowResponse] })
  @ApiProblems(400, 401, 403, 429, 503)
  @AnalyticsTable(penaltyBinsTable)
  penaltyBinRows(
    @Query() query: AnalyticsQuery,
    @CurrentUser() user: SessionUser,
  ): Promise<PenaltyBinRowResponse[]> {
    const filter = analyticsFilter(query, user, todayUtc());
    const group = query.groupBy ?? 'country';
    return fromReadModels(() =>
      this.answers.answer(['penalty-bins', filter, group], () =>
        this.penaltyBins.rows(filter, group),
      ),
    );
  }

  @Get('time-in-stage')
  @ApiOperation({
    summary:
      'Days from seizure to referral, referral to first charges and first charges to first verdict, per group: median and p90 of completed transitions, and Kaplan–Meier curves with open cases censored.',
    description: `${analyticsReaders} Analysts and administrators see no figure behind fewer than 3 cases (suppressed).`,
  })
  @ApiOkResponse({ type: [TimeInStageRowResponse] })
  @ApiProblems(400, 401, 403, 429, 503)
  @AnalyticsTable(timeInStageTable)
  timeInStageRows(
    @Query() query: AnalyticsQuery,
    @CurrentUser() user: SessionUser,
  ): Promise<TimeInStageRowResponse[]> {
    const filter = analyticsFilter(query, user, todayUtc());
    const group = query.groupBy ?? 'country';
    const suppress = seesEveryCountry(user);
    return fromReadModels(() =>
      this.answers.answer(['time-in-stage', filter, group, suppress], () =>
        this.stageTimes.rows(filter, group, suppress),
      ),
    );
  }

  @Get('usd-rates')
  @ApiOperation({
    summary:
      "The dated rate table money converts by: its date and source, and each currency's yearly average units per USD through the current year.",
    description: `${analyticsReaders} A year after the latest published one takes that year's rate and is flagged provisional; a year before the first has no rate.`,
  })
  @ApiOkResponse({ type: UsdRateTableResponse })
  @ApiProblems(401, 403, 429)
  usdRates(): UsdRateTableResponse {
    return usdRateTableAnswer(Number(todayUtc().slice(0, 4)));
  }
}
