import { Controller, Get, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type EndedSessions, type SessionRecord } from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import { ApiProblems } from '../../commands/api-problems.decorator';
import { IdParam } from '../../commands/id-param.decorator';
import { IdempotentPost } from '../../commands/http-idempotency/idempotent-post.decorator';
import { NoBody } from '../../operations/no-body.decorator';
import { type AuthenticatedRequest } from '../authentication.guard';
import { EndedSessionsResponse, SessionRecordResponse } from './session-record.response';
import { type AuditSource, RequestAuditSource } from '../../security-audit/audit-source';
import { SecurityAuditTrail } from '../../security-audit/security-audit-trail.service';
import { SessionsService } from './sessions.service';

/** The OpenAPI side of NoBody: ending takes nothing, or an empty object. */
const ApiNoBody = () =>
  ApiBody({
    required: false,
    description: 'No body, or an empty object.',
    schema: { type: 'object', additionalProperties: false },
  });

/** Each user sees and ends their own sessions (sign-ins); nobody sees anyone else's. */
@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth/sessions')
export class SessionsController {
  constructor(
    private readonly sessions: SessionsService,
    private readonly audit: SecurityAuditTrail,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Your running sessions, newest first; `current` marks the one asking.',
    description: 'Every signed-in user, for their own sessions.',
  })
  @ApiOkResponse({ type: SessionRecordResponse, isArray: true })
  @ApiProblems(401, 429)
  list(@Req() request: AuthenticatedRequest): Promise<SessionRecord[]> {
    return this.sessions.list(request.user.id, request.sessionId);
  }

  @Post('end-others')
  @HttpCode(200)
  @ApiOperation({
    summary: 'End every one of your sessions but this one.',
    description:
      'Every signed-in user. Their access and refresh tokens stop working: at once in this API process, within 5 seconds in every other.',
  })
  @IdempotentPost()
  @ApiNoBody()
  @ApiOkResponse({ type: EndedSessionsResponse })
  @ApiProblems(400, 401, 409, 422, 429)
  async endOthers(
    @Req() request: AuthenticatedRequest,
    @NoBody() _body: undefined,
    @RequestAuditSource() source: AuditSource,
  ): Promise<EndedSessions> {
    const ended = await this.sessions.endOthers(request.user.id, request.sessionId);
    await this.audit.record(source, {
      kind: 'SessionsEnded',
      userId: request.user.id,
      scope: 'others',
      reason: 'ended by the user',
    });
    return { ended };
  }

  @Post(':sessionId/end')
  @HttpCode(200)
  @ApiOperation({
    summary: 'End one of your sessions (this one too: that signs you out).',
    description:
      'Every signed-in user, for their own sessions. Its access and refresh tokens stop working: at once in this API process, within 5 seconds in every other.',
  })
  @IdempotentPost()
  @ApiNoBody()
  @ApiOkResponse({ type: EndedSessionsResponse })
  @ApiProblems(400, 401, 404, 409, 422, 429)
  async endOne(
    @Req() request: AuthenticatedRequest,
    @IdParam('sessionId') sessionId: string,
    @NoBody() _body: undefined,
    @RequestAuditSource() source: AuditSource,
  ): Promise<EndedSessions> {
    if (!(await this.sessions.endOne(request.user.id, sessionId))) {
      throw new ProblemException(
        404,
        'resource/not-found',
        'You have no running session with this id.',
        'sessionId',
      );
    }
    await this.audit.record(source, {
      kind: 'SessionsEnded',
      userId: request.user.id,
      scope: 'one',
      reason: 'ended by the user',
    });
    return { ended: 1 };
  }
}
