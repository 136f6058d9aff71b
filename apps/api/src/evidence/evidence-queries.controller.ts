import { Controller, Get, Header, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { type SessionUser } from '@greenchain/contracts';
import { type EvidenceCustody } from '@greenchain/read-models';
import { type Request, type Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { entityTag } from '../commands/entity-tag';
import { IdParam } from '../commands/id-param.decorator';
import { IntegrityResponse } from '../records/integrity.response';
import { contentRange } from '../records/list-params';
import { ListQuery } from '../records/list.query';
import { custodyRecordFormat, CustodyRecordQuery } from './custody-record.query';
import { EvidenceDetailResponse } from './evidence-detail.response';
import { EvidenceList } from './evidence-list.service';
import { EvidenceReader } from './evidence-reader.service';

@ApiTags('evidence')
@ApiBearerAuth()
@Controller('evidence')
export class EvidenceQueriesController {
  constructor(
    private readonly evidence: EvidenceReader,
    private readonly exhibits: EvidenceList,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      "One case's exhibits with their current holder (react-admin simple REST: range, sort, filter; Content-Range gives the total).",
    description:
      'filter.caseId is required; filter: caseId, id, status, holderId, holderCountry. Readers of the case, and of countries it is shared with (evidence included). Rows come from the evidence-custody read model.',
  })
  @ApiOkResponse({
    description: 'EvidenceCustody rows.',
    headers: { 'Content-Range': { description: 'evidence <first>-<last>/<total>' } },
  })
  @ApiProblems(400, 401, 404, 429, 503)
  async index(
    @Query() query: ListQuery,
    @CurrentUser() user: SessionUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<EvidenceCustody[]> {
    const page = await this.exhibits.list(user, query);
    response.setHeader(
      'Content-Range',
      contentRange('evidence', page.first, page.rows.length, page.total),
    );
    return page.rows;
  }

  @Get(':evidenceId')
  @ApiOperation({
    summary: 'An exhibit with its custody chain and every fact.',
    description:
      "Customs, prosecutors and judiciary of the case's country, and of countries it is shared with (evidence included). Free text (description, condition, findings, reasons, witness) only for the case's country (each such read is logged); others read { redacted: true }, and everyone { erased: true } once a party of the case is erased.",
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
  @Header('Cache-Control', 'no-store')
  @Header('Vary', 'Accept')
  @ApiProduces('text/html', 'application/pdf')
  @ApiOperation({
    summary:
      'A printable chain-of-custody record, HTML or PDF (A4), with the verification result and the head hash.',
    description:
      'Readers of the exhibit. ?format=pdf or Accept: application/pdf gives the PDF; HTML otherwise.',
  })
  @ApiOkResponse({
    description: 'The record as an HTML page or a PDF file.',
    content: {
      'text/html': { schema: { type: 'string' } },
      'application/pdf': { schema: { type: 'string', format: 'binary' } },
    },
  })
  @ApiProblems(400, 401, 404, 429)
  async custodyRecord(
    @IdParam('evidenceId') evidenceId: string,
    @Query() query: CustodyRecordQuery,
    @Req() request: Request,
    @CurrentUser() user: SessionUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<string | StreamableFile> {
    const format = custodyRecordFormat(query.format, (types) => request.accepts(types));
    const record = await this.evidence.custodyRecord(evidenceId, user, format);
    if (typeof record === 'string') {
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      return record;
    }
    return new StreamableFile(record, {
      type: 'application/pdf',
      disposition: `inline; filename="custody-record-${evidenceId}.pdf"`,
    });
  }
}
