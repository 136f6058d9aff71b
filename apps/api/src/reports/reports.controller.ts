import { Controller, Get, Param, Query, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type SessionUser } from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import { ReportFactsQuery, usdRateTable } from '@greenchain/read-models';
import {
  reportDefinitions,
  reportFile,
  reportValidation,
  type ReportScope,
} from '@greenchain/reports';
import { DataSource } from 'typeorm';
import { xlsxType } from '../analytics/analytics-table.decorator';
import { fromReadModels } from '../analytics/from-read-models';
import { CurrentUser } from '../auth/current-user.decorator';
import { AbilityGuard } from '../authorization/ability.guard';
import { Allow } from '../authorization/allow.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { ReportFileQuery, ReportParams, ReportScopeQuery } from './report.request';
import { ReportValidationResponse } from './report.responses';

const readers =
  "Customs officers and prosecutors: their own country's reports (another country answers 403). Analysts: every country, personal columns (offenders' nationalities) left empty. No report holds a name.";

/**
 * The reports a country owes treaty secretariats and enforcement networks, drawn from the cases
 * it recorded once: each layout is a versioned template in libs/reports (docs/reports.md).
 */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('reports')
@UseGuards(AbilityGuard)
@Allow('read', 'TreatyReport')
export class ReportsController {
  private readonly facts: ReportFactsQuery;

  constructor(dataSource: DataSource) {
    this.facts = new ReportFactsQuery(dataSource);
  }

  @Get(':report')
  @ApiOperation({
    summary:
      "A country's report for a calendar year in its owner's layout (headers, column order, code values), as XLSX or CSV.",
    description: readers,
  })
  @ApiProduces(xlsxType, 'text/csv')
  @ApiOkResponse({
    description: 'The file (Content-Disposition: attachment).',
    content: {
      [xlsxType]: { schema: { type: 'string', format: 'binary' } },
      'text/csv': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiProblems(400, 401, 403, 429, 503)
  async file(
    @Param() { report }: ReportParams,
    @Query() query: ReportFileQuery,
    @CurrentUser() user: SessionUser,
  ): Promise<StreamableFile> {
    const definition = reportDefinitions[report];
    const scope = this.scopeFor(user, query);
    const cases = await fromReadModels(() => this.facts.cases(scope.country, scope.year));
    const format = query.format ?? 'xlsx';
    const file = await reportFile(
      definition.template,
      definition.rows(cases, scope),
      scope,
      format,
      user.role !== 'analyst',
    );
    return new StreamableFile(file, {
      type: format === 'csv' ? 'text/csv; charset=utf-8' : xlsxType,
      disposition: `attachment; filename="${report}-${scope.country}-${scope.year}.${format}"`,
      length: file.length,
    });
  }

  @Get(':report/validation')
  @ApiOperation({
    summary:
      'Per case the report covers, the required columns it leaves empty, with a link to the case where they are recorded.',
    description: readers,
  })
  @ApiOkResponse({ type: ReportValidationResponse })
  @ApiProblems(400, 401, 403, 429, 503)
  async validation(
    @Param() { report }: ReportParams,
    @Query() query: ReportScopeQuery,
    @CurrentUser() user: SessionUser,
  ): Promise<ReportValidationResponse> {
    const scope = this.scopeFor(user, query);
    const cases = await fromReadModels(() => this.facts.cases(scope.country, scope.year));
    const answer = reportValidation(reportDefinitions[report], cases, scope);
    return {
      ...answer,
      incomplete: answer.incomplete.map((gaps) => ({ ...gaps, missing: [...gaps.missing] })),
    };
  }

  /** An officer reports for their own country only; analysts for any. */
  private scopeFor(user: SessionUser, query: ReportScopeQuery): ReportScope {
    if (user.role !== 'analyst' && user.country !== query.country) {
      throw new ProblemException(
        403,
        'auth/forbidden',
        `A ${user.role} files the reports of their own country only.`,
        'country',
      );
    }
    return { country: query.country, year: query.year, rates: usdRateTable };
  }
}
