import { Controller, Get, Post, Req, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiOkResponse,
  ApiOperation,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { type SessionUser } from '@greenchain/contracts';
import { seizureImportColumns } from '@greenchain/case-commands';
import { FileJobSignal } from '@greenchain/platform';
import { type Request } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { AbilityGuard } from '../authorization/ability.guard';
import { Allow } from '../authorization/allow.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { IdParam } from '../commands/id-param.decorator';
import { ProblemResponse } from '../commands/problem.response';
import { IdempotentRoute } from '../operations/idempotent-route.decorator';
import { csvBody, importLimitBytes } from './csv-body';
import { FileJobQueuedResponse, ImportStatusResponse } from './file-job.responses';
import { SeizureImports } from './seizure-imports.service';

const importers =
  'Customs officers, for seizures of their own country and agency; the import is followed by its office.';

/** CSV import of seizures, one seizure with one item per row, with a per-row error report. */
@ApiTags('files')
@ApiBearerAuth()
@Controller('imports')
@UseGuards(AbilityGuard)
@Allow('create', 'Import')
export class ImportsController {
  constructor(
    private readonly imports: SeizureImports,
    private readonly fileJobs: FileJobSignal,
  ) {}

  @Post()
  @IdempotentRoute({
    status: 202,
    summary:
      'Import seizures from a CSV file (Content-Type: text/csv); rows are decided one by one.',
    description: `${importers} Columns: ${seizureImportColumns.join(', ')}. At most ${importLimitBytes} bytes. The same file again answers the first import.`,
  })
  @ApiConsumes('text/csv')
  @ApiBody({
    description: 'The CSV file, header first.',
    schema: { type: 'string', example: `${seizureImportColumns.join(',')}\n…` },
  })
  @ApiAcceptedResponse({ type: FileJobQueuedResponse })
  @ApiProblems(400, 401, 403, 409, 413, 422, 429)
  @ApiResponse({
    status: 415,
    description: 'The body is not text/csv.',
    content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemResponse) } } },
  })
  async start(
    @Req() request: Request,
    @CurrentUser() user: SessionUser,
  ): Promise<FileJobQueuedResponse> {
    const queued = await this.imports.start(user, csvBody(request));
    this.fileJobs.notify();
    return queued;
  }

  @Get(':importId')
  @ApiOperation({
    summary: 'Progress of an import and its per-row error report.',
    description: importers,
  })
  @ApiOkResponse({ type: ImportStatusResponse })
  @ApiProblems(400, 401, 403, 404, 429)
  status(
    @IdParam('importId') id: string,
    @CurrentUser() user: SessionUser,
  ): Promise<ImportStatusResponse> {
    return this.imports.status(user, id);
  }
}
