import { Controller, Get, Param, Post, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { type Response } from 'express';
import { AbilityGuard } from '../authorization/ability.guard';
import { Allow } from '../authorization/allow.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { contentRange } from '../records/list-params';
import { IdempotentRoute } from './idempotent-route.decorator';
import { NoBody } from './no-body.decorator';
import { ProjectionOperations } from './projection-operations.service';
import { ProjectionRequestResponse, ProjectionStatusResponse } from './projection-status.response';

const administrators = 'Administrators.';

/** Projection status, rebuild and resume: the worker's leaders act on what is recorded here. */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('projections')
@UseGuards(AbilityGuard)
@Allow('manage', 'Projection')
export class ProjectionsController {
  constructor(private readonly projections: ProjectionOperations) {}

  @Get()
  @ApiOperation({
    summary: 'Every projection: status, generation, checkpoint, head of the log and lag.',
    description: administrators,
  })
  @ApiOkResponse({
    type: [ProjectionStatusResponse],
    headers: { 'Content-Range': { description: 'projections 0-<last>/<total>' } },
  })
  @ApiProblems(401, 403, 429)
  async list(@Res({ passthrough: true }) response: Response): Promise<ProjectionStatusResponse[]> {
    const rows = await this.projections.list();
    response.setHeader('Content-Range', contentRange('projections', 0, rows.length, rows.length));
    return rows;
  }

  @Post(':name/rebuild')
  @IdempotentRoute({
    status: 202,
    noBody: true,
    summary:
      'Rebuild a projection from the first event into new tables; readers switch when it has caught up.',
    description: `${administrators} A rebuild already running is kept.`,
  })
  @ApiAcceptedResponse({ type: ProjectionRequestResponse })
  @ApiProblems(400, 401, 403, 404, 409, 422, 429)
  rebuild(
    @Param('name') name: string,
    @NoBody() _body: undefined,
  ): Promise<ProjectionRequestResponse> {
    return this.projections.rebuild(name);
  }

  @Post(':name/resume')
  @IdempotentRoute({
    status: 202,
    noBody: true,
    summary: 'Resume a failed projection: it retries the failing event from its checkpoint.',
    description: `${administrators} 409 when the projection has not failed.`,
  })
  @ApiAcceptedResponse({ type: ProjectionRequestResponse })
  @ApiProblems(400, 401, 403, 404, 409, 422, 429)
  resume(
    @Param('name') name: string,
    @NoBody() _body: undefined,
  ): Promise<ProjectionRequestResponse> {
    return this.projections.resume(name);
  }
}
