import { Controller, Get, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
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
import { contentRange, fixedOrderRange } from '../records/list-params';
import { ListQuery } from '../records/list.query';
import { DeadLetterResponse, DeadLetterRetryResponse } from './dead-letter.response';
import { DeadLetters } from './dead-letters.service';
import { IdempotentRoute } from './idempotent-route.decorator';
import { NoBody } from './no-body.decorator';

const administrators = 'Administrators.';

/** Jobs out of retries: what failed, why, and a retry under the same job id. */
@ApiTags('operations')
@ApiBearerAuth()
@Controller('dead-letters')
@UseGuards(AbilityGuard)
@Allow('manage', 'DeadLetter')
export class DeadLettersController {
  constructor(private readonly deadLetters: DeadLetters) {}

  @Get()
  @ApiOperation({
    summary: 'Dead letters, newest failure first (range pages; Content-Range gives the total).',
    description: administrators,
  })
  @ApiOkResponse({
    type: [DeadLetterResponse],
    headers: { 'Content-Range': { description: 'dead-letters <first>-<last>/<total>' } },
  })
  @ApiProblems(400, 401, 403, 429)
  async list(
    @Query() query: ListQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<DeadLetterResponse[]> {
    const [first, last] = fixedOrderRange(query, 100, ['failedAt', 'DESC']);
    const all = await this.deadLetters.list();
    const page = all.slice(first, last + 1);
    response.setHeader(
      'Content-Range',
      contentRange('dead-letters', first, page.length, all.length),
    );
    return page;
  }

  @Get(':id')
  @ApiOperation({ summary: 'One dead letter.', description: administrators })
  @ApiOkResponse({ type: DeadLetterResponse })
  @ApiProblems(400, 401, 403, 404, 429)
  get(@Param('id') id: string): Promise<DeadLetterResponse> {
    return this.deadLetters.get(id);
  }

  @Post(':id/retry')
  @IdempotentRoute({
    status: 202,
    noBody: true,
    summary: 'Retry a dead letter: the same job (handler and event) runs again, at most once.',
    description: administrators,
  })
  @ApiAcceptedResponse({ type: DeadLetterRetryResponse })
  @ApiProblems(400, 401, 403, 404, 409, 422, 429)
  retry(@Param('id') id: string, @NoBody() _body: undefined): Promise<DeadLetterRetryResponse> {
    return this.deadLetters.retry(id);
  }
}
