import { Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { type SessionUser } from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import { CurrentUser } from '../auth/current-user.decorator';
import { RequireReauthentication } from '../auth/require-reauthentication.decorator';
import { AbilityGuard } from '../authorization/ability.guard';
import { Allow } from '../authorization/allow.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { IdempotentPost } from '../commands/http-idempotency/idempotent-post.decorator';
import { DataSubjectErasure } from './data-subject-erasure.service';
import { type AuditSource, RequestAuditSource } from '../security-audit/audit-source';
import { SecurityAuditTrail } from '../security-audit/security-audit-trail.service';
import { ErasureResponse } from './erasure.response';

const subjectId = /^[A-Za-z0-9_-]{1,100}$/;

/** The right to erasure by crypto-shredding: the subject's key is destroyed, events keep their hashes. */
@ApiTags('personal data')
@ApiBearerAuth()
@Controller('data-subjects')
@UseGuards(AbilityGuard)
@Allow('erase', 'DataSubject')
export class DataSubjectsController {
  constructor(
    private readonly erasure: DataSubjectErasure,
    private readonly audit: SecurityAuditTrail,
  ) {}

  @Post(':subjectId/erase')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Erase a data subject (a party id): their personal fields, and the free text of every case they appear in, read as { erased: true } everywhere from now on.',
    description:
      'Administrators, with a re-authentication proof. Irreversible; repeating it is harmless. A case whose free text is erased takes no new free text (422).',
  })
  @RequireReauthentication()
  @ApiParam({ name: 'subjectId', description: 'The party id.' })
  @IdempotentPost()
  @ApiOkResponse({ type: ErasureResponse })
  @ApiProblems(400, 401, 403, 409, 422, 429)
  async erase(
    @Param('subjectId') id: string,
    @CurrentUser() user: SessionUser,
    @RequestAuditSource() source: AuditSource,
  ): Promise<ErasureResponse> {
    if (!subjectId.test(id)) {
      throw new ProblemException(
        400,
        'request/invalid-id',
        'subjectId must be a party id.',
        'subjectId',
      );
    }
    const outcome = await this.audit.recordWith(source, async (transaction) => ({
      result: await this.erasure.erase(id, transaction),
      entry: { kind: 'DataSubjectErased', subjectId: id },
    }));
    return { subjectId: id, ...outcome, erasedAt: new Date().toISOString(), erasedBy: user.id };
  }
}
