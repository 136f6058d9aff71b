import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type SessionUser } from '@greenchain/contracts';
import { type Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { IdParam } from '../commands/id-param.decorator';
import { CaseFiles } from './case-file.service';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases/:caseId/case-file')
export class CaseFileController {
  constructor(private readonly caseFiles: CaseFiles) {}

  @Get()
  @ApiOperation({
    summary: "The case's file for a court, as one ZIP, streamed.",
    description:
      "case-summary.pdf (reference, country, agreements, stages, parties, charges, decisions, verdicts, sentences), timeline.json, custody-records/<evidenceId>.pdf for each exhibit, documents/ with every file the reader may see, and manifest.csv with each entry's SHA-256 and size (a document's recorded SHA-256 beside it). Cut to the reader's view, like the case's own routes; the personal-data reads are logged (purpose case-file). Readers of the case; a file whose bytes no longer match the record answers 409 before the archive starts.",
  })
  @ApiProduces('application/zip')
  @ApiOkResponse({ description: 'The ZIP.' })
  @ApiProblems(400, 401, 403, 404, 409, 429)
  async caseFile(
    @IdParam('caseId') caseId: string,
    @CurrentUser() user: SessionUser,
    @Res() response: Response,
  ): Promise<void> {
    await this.caseFiles.send(caseId, user, response);
  }
}
