import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type SessionUser } from '@greenchain/contracts';
import { type CaseSummary } from '@greenchain/read-models';
import { type Response } from 'express';
import { CurrentUser } from '../auth/current-user.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { entityTag } from '../commands/entity-tag';
import { IdParam } from '../commands/id-param.decorator';
import { AsOfQuery } from '../records/as-of.query';
import { contentRange } from '../records/list-params';
import { ListQuery } from '../records/list.query';
import { IntegrityResponse } from '../records/integrity.response';
import { CaseDetailResponse } from './case-detail.response';
import { CaseList } from './case-list.service';
import { CaseReader } from './case-reader.service';

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CaseQueriesController {
  constructor(
    private readonly cases: CaseReader,
    private readonly list: CaseList,
  ) {}

  @Get()
  @ApiOperation({
    summary:
      'List cases (react-admin simple REST: range, sort, filter; Content-Range gives the total).',
    description:
      'Officers see their own country and the cases shared with it (sharedWithMe: true, only the shared parts filled, until the share is revoked or ends), analysts every country; administrators none. No personal fields. filter: id, country, agreement, stage, outcome, port, hsChapter, seizedFrom, seizedTo, stalled, awaiting (pending steps: referral_decision, charge_decision, verdict), awaitingSentence (a defendant convicted and not sentenced), deadlineBy (next deadline on or before a date), q (text in the reference, port or agency). Rows come from the case_summary read model, so a just-written case appears once the worker has projected it (wait for its globalPosition).',
  })
  @ApiOkResponse({
    description: 'CaseSummary rows.',
    headers: { 'Content-Range': { description: 'cases <first>-<last>/<total>' } },
  })
  @ApiProblems(400, 401, 403, 429, 503)
  async index(
    @Query() query: ListQuery,
    @CurrentUser() user: SessionUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseSummary[]> {
    const page = await this.list.list(user, query);
    response.setHeader(
      'Content-Range',
      contentRange('cases', page.first, page.rows.length, page.total),
    );
    return page.rows;
  }

  @Get(':caseId')
  @ApiOperation({
    summary:
      'A case: state, chain stepper, defendants and the full timeline (who, role, agency, business and recorded time).',
    description:
      'Readers of the case country, and of countries it is shared with. Personal fields of parties and free text (notes, reasons, summaries) only for the case country and shares that include parties (each such read is logged); analysts read every case with them redacted. asOf shows the chain at a past date.',
  })
  @ApiOkResponse({ type: CaseDetailResponse, headers: { ETag: { description: '"<version>"' } } })
  @ApiProblems(400, 401, 404, 429)
  async detail(
    @IdParam('caseId') caseId: string,
    @Query() query: AsOfQuery,
    @CurrentUser() user: SessionUser,
    @Res({ passthrough: true }) response: Response,
  ): Promise<CaseDetailResponse> {
    const detail = await this.cases.detail(caseId, user, query.asOf);
    response.setHeader('ETag', entityTag(detail.version));
    return detail;
  }

  @Get(':caseId/integrity')
  @ApiOperation({
    summary: "Verify the case's hash chain.",
    description: 'Readers of the case, analysts and administrators.',
  })
  @ApiOkResponse({ type: IntegrityResponse })
  @ApiProblems(400, 401, 404, 429)
  verify(
    @IdParam('caseId') caseId: string,
    @CurrentUser() user: SessionUser,
  ): Promise<IntegrityResponse> {
    return this.cases.verify(caseId, user);
  }
}
