import { Controller, Get, Param, Query, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type SessionUser } from '@greenchain/contracts';
import { ReportFactsQuery } from '@greenchain/read-models';
import {
  explainedGapNotes,
  iccwcSharingNote,
  iccwcSharingReport,
  reportDefinitions,
  reportFile,
  reportRows,
  reportValidation,
  type AboutNote,
  type ReportFormat,
  type ReportScope,
} from '@greenchain/reports';
import { DataSource } from 'typeorm';
import { xlsxType } from '../analytics/analytics-table.decorator';
import { fromReadModels } from '../analytics/from-read-models';
import { CurrentUser } from '../auth/current-user.decorator';
import { AbilityGuard } from '../authorization/ability.guard';
import { Allow } from '../authorization/allow.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { type AuditSource, RequestAuditSource } from '../security-audit/audit-source';
import { SecurityAuditTrail } from '../security-audit/security-audit-trail.service';
import { IccwcSharingChoices } from './iccwc-sharing.service';
import { ReportFileQuery, ReportParams, ReportScopeQuery } from './report.request';
import { ReportValidationResponse } from './report.responses';
import { reportScopeFor } from './report-scope';

const readers =
  "National focal points (customs officers and prosecutors an administrator designated): their own country's reports (another country answers 403). Analysts: every country, personal columns (offenders' nationalities) left empty. No report holds a name. Every download is in the security audit trail.";

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

  constructor(
    dataSource: DataSource,
    private readonly audit: SecurityAuditTrail,
    private readonly iccwcSharing: IccwcSharingChoices,
  ) {
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
    @RequestAuditSource() source: AuditSource,
  ): Promise<StreamableFile> {
    const definition = reportDefinitions[report];
    const scope = reportScopeFor(user, query);
    const cases = await fromReadModels(() => this.facts.cases(scope.country, scope.year));
    const format = query.format ?? 'xlsx';
    const personal = user.role !== 'analyst';
    const rows = reportRows(definition, cases, scope);
    const notes = [
      ...(await this.reportLevelNotes(report, scope)),
      ...explainedGapNotes(reportValidation(definition, cases, scope)),
    ];
    const file = await reportFile(definition.template, rows, scope, format, personal, notes);
    // The file goes out only once its download is on record.
    await this.recordDownload(source, report, scope, format, rows.length, personal);
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
    @RequestAuditSource() source: AuditSource,
  ): Promise<ReportValidationResponse> {
    const scope = reportScopeFor(user, query);
    const cases = await fromReadModels(() => this.facts.cases(scope.country, scope.year));
    const answer = reportValidation(reportDefinitions[report], cases, scope);
    // The validation names cases and what they lack: recorded like a file.
    await this.recordDownload(source, report, scope, 'validation', answer.cases, false);
    return {
      ...answer,
      incomplete: answer.incomplete.map((gaps) => ({
        ...gaps,
        missing: [...gaps.missing],
        explained: [...gaps.explained],
      })),
    };
  }

  /** The answers a report carries for the whole year rather than per case. */
  private async reportLevelNotes(report: ReportFormat, scope: ReportScope): Promise<AboutNote[]> {
    if (report !== iccwcSharingReport) return [];
    return [iccwcSharingNote(await this.iccwcSharing.current(scope.country, scope.year))];
  }

  private recordDownload(
    source: AuditSource,
    report: ReportFormat,
    scope: ReportScope,
    format: 'xlsx' | 'csv' | 'validation',
    rows: number,
    personalColumns: boolean,
  ): Promise<void> {
    return this.audit.record(source, {
      kind: 'TreatyReportDownloaded',
      report,
      country: scope.country,
      year: scope.year,
      format,
      templateVersion: reportDefinitions[report].template.templateVersion,
      rows,
      personalColumns,
    });
  }
}
