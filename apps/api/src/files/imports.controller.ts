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
import { seizureImportColumns } from '@greenchain/read-models';
import { type Request } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { AbilityGuard } from '../authorization/ability.guard';
import { Allow } from '../authorization/allow.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { CommandContextParam, type CommandContext } from '../commands/command-context.decorator';
import { IdParam } from '../commands/id-param.decorator';
import { ProblemResponse } from '../commands/problem.response';
import { IdempotentRequests } from '../operations/idempotent-requests.service';
import { IdempotentRoute } from '../operations/idempotent-route.decorator';
import { importLimitBytes, readCsvBody } from './csv-body';
import { FileJobQueuedResponse, ImportStatusResponse } from './file-job.responses';
import { fileDigest, SeizureImports } from './seizure-imports.service';

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
    private readonly idempotent: IdempotentRequests,
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
    @CommandContextParam() context: CommandContext,
  ): Promise<FileJobQueuedResponse> {
    const file = await readCsvBody(request);
    return this.idempotent.run(
      context.user.id,
      context.headers.idempotencyKey,
      ['import', fileDigest(file)],
      () => this.imports.start(context.user, file),
    );
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
