import { Controller, Get, Header, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type SessionUser } from '@greenchain/contracts';
import { type Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { entityTag } from '../commands/etag.interceptor';
import { IdParam } from '../commands/id-param.decorator';
import { IntegrityResponse } from '../records/integrity.response';
import { EvidenceDetailResponse } from './evidence-detail.response';
import { EvidenceReader } from './evidence-reader.service';

@ApiTags('evidence')
@ApiBearerAuth()
@Controller('evidence')
export class EvidenceQueriesController {
  constructor(private readonly evidence: EvidenceReader) {}

  @Get(':evidenceId')
  @ApiOperation({
    summary: 'An exhibit with its custody chain and every fact.',
    description:
      "Customs, prosecutors and judiciary of the case's country, and of countries it is shared with (evidence included).",
  })
  @ApiOkResponse({
    type: EvidenceDetailResponse,
    headers: { ETag: { description: '"<version>"' } },
  })
  @ApiProblems(400, 401, 404, 429)
  async detail(
    @IdParam('evidenceId') evidenceId: string,
    @CurrentUser() user: SessionUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EvidenceDetailResponse> {
    const detail = await this.evidence.detail(evidenceId, user);
    response.setHeader('ETag', entityTag(detail.version));
    return detail;
  }

  @Get(':evidenceId/integrity')
  @ApiOperation({
    summary: "Verify the exhibit's hash chain.",
    description: 'Readers of the exhibit and administrators.',
  })
  @ApiOkResponse({ type: IntegrityResponse })
  @ApiProblems(400, 401, 404, 429)
  verify(
    @IdParam('evidenceId') evidenceId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<IntegrityResponse> {
    return this.evidence.verify(evidenceId, user);
  }

  @Get(':evidenceId/custody-record')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/html')
  @ApiOperation({
    summary: 'A printable chain-of-custody record (HTML) with the verified head hash.',
    description: 'Readers of the exhibit.',
  })
  @ApiOkResponse({ description: 'HTML document.', schema: { type: 'string' } })
  @ApiProblems(400, 401, 404, 429)
  custodyRecord(
    @IdParam('evidenceId') evidenceId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<string> {
    return this.evidence.custodyRecord(evidenceId, user);
  }
}
