import { Body, Controller, Get, Post, StreamableFile, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { type SessionUser } from '@greenchain/contracts';
import { FileJobSignal } from '@greenchain/platform';
import { CurrentUser } from '../auth/current-user.decorator';
import { AbilityGuard } from '../authorization/ability.guard';
import { Allow } from '../authorization/allow.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { IdParam } from '../commands/id-param.decorator';
import { IdempotentRoute } from '../operations/idempotent-route.decorator';
import { type AuditSource, RequestAuditSource } from '../security-audit/audit-source';
import { SecurityAuditTrail } from '../security-audit/security-audit-trail.service';
import { CaseExports } from './case-exports.service';
import { ExportRequest } from './export.request';
import { ExportStatusResponse, FileJobQueuedResponse } from './file-job.responses';

const exporters =
  'Customs officers and prosecutors (their own country), analysts (every country); only the requester follows and downloads an export. No personal field is ever exported.';

/** CSV and XLSX exports of the case list, run by the worker with progress. */
@ApiTags('files')
@ApiBearerAuth()
@Controller('exports')
@UseGuards(AbilityGuard)
@Allow('create', 'Export')
export class ExportsController {
  constructor(
    private readonly exports: CaseExports,
    private readonly audit: SecurityAuditTrail,
    private readonly fileJobs: FileJobSignal,
  ) {}

  @Post()
  @IdempotentRoute({
    status: 202,
    summary: 'Export the filtered case list as CSV or XLSX (formula-like cells neutralised).',
    description: exporters,
  })
  @ApiAcceptedResponse({ type: FileJobQueuedResponse })
  @ApiProblems(400, 401, 403, 409, 413, 422, 429, 503)
  async start(
    @Body() body: ExportRequest,
    @CurrentUser() user: SessionUser,
    @RequestAuditSource() source: AuditSource,
  ): Promise<FileJobQueuedResponse> {
    await this.exports.check(user, body);
    const queued = await this.audit.recordWith(source, async (transaction) => {
      const started = await this.exports.start(user, body, transaction);
      return {
        result: started,
        entry: { kind: 'ExportRequested', exportId: started.id, format: body.format },
      };
    });
    this.fileJobs.notify();
    return queued;
  }

  @Get(':exportId')
  @ApiOperation({ summary: 'Progress of an export.', description: exporters })
  @ApiOkResponse({ type: ExportStatusResponse })
  @ApiProblems(400, 401, 403, 404, 429)
  status(
    @IdParam('exportId') id: string,
    @CurrentUser() user: SessionUser,
  ): Promise<ExportStatusResponse> {
    return this.exports.status(user, id);
  }

  @Get(':exportId/file')
  @ApiOperation({
    summary: 'Download a finished export (Content-Disposition: attachment).',
    description: `${exporters} 409 until the export is done.`,
  })
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({
    description: 'The file.',
    content: {
      'text/csv': { schema: { type: 'string', format: 'binary' } },
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
        schema: { type: 'string', format: 'binary' },
      },
    },
  })
  @ApiProblems(400, 401, 403, 404, 409, 429)
  async file(
    @IdParam('exportId') id: string,
    @CurrentUser() user: SessionUser,
    @RequestAuditSource() source: AuditSource,
  ): Promise<StreamableFile> {
    const file = await this.exports.file(user, id);
    // The file goes out only once its download is on record.
    await this.audit.record(source, { kind: 'ExportDownloaded', exportId: id });
    return new StreamableFile(file.content, {
      type: file.contentType,
      disposition: `attachment; filename="${file.fileName}"`,
      length: file.content.length,
    });
  }
}
