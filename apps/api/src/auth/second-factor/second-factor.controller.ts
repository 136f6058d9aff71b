import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  type RecoveryCodes,
  type SecondFactorEnrolment,
  type SecondFactorStatus,
  type SessionUser,
} from '@greenchain/contracts';
import { ApiProblems } from '../../commands/api-problems.decorator';
import { IdempotentPost } from '../../commands/http-idempotency/idempotent-post.decorator';
import { NoBody } from '../../operations/no-body.decorator';
import { type AuditSource, RequestAuditSource } from '../../security-audit/audit-source';
import { SecurityAuditTrail } from '../../security-audit/security-audit-trail.service';
import { CurrentUser } from '../current-user.decorator';
import { EnrolmentAllowed } from './enrolment-allowed.decorator';
import { SecondFactorCodeBody } from './second-factor.requests';
import {
  RecoveryCodesBody,
  SecondFactorEnrolmentBody,
  SecondFactorStatusBody,
} from './second-factor.responses';
import { SecondFactors } from './second-factors.service';

@ApiTags('auth')
@ApiBearerAuth()
@EnrolmentAllowed()
@Controller('auth/second-factor')
export class SecondFactorController {
  constructor(
    private readonly factors: SecondFactors,
    private readonly audit: SecurityAuditTrail,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Whether you have a TOTP second factor, whether you must, and recovery codes left.',
    description: 'Every signed-in user.',
  })
  @ApiOkResponse({ type: SecondFactorStatusBody })
  @ApiProblems(401, 429)
  status(@CurrentUser() user: SessionUser): Promise<SecondFactorStatus> {
    return this.factors.status(user);
  }

  @Post('enrolment')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Start enrolling a TOTP authenticator: a new secret, its otpauth URI and QR code.',
    description:
      'Every signed-in user without a factor. Nothing is on until POST …/enrolment/confirm; starting again replaces the pending secret.',
  })
  @IdempotentPost()
  @ApiBody({
    required: false,
    description: 'No body, or an empty object.',
    schema: { type: 'object', additionalProperties: false },
  })
  @ApiOkResponse({ type: SecondFactorEnrolmentBody })
  @ApiProblems(400, 401, 409, 422, 429)
  startEnrolment(
    @CurrentUser() user: SessionUser,
    @NoBody() _body: undefined,
  ): Promise<SecondFactorEnrolment> {
    return this.factors.startEnrolment(user);
  }

  @Post('enrolment/confirm')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Turn the factor on with a current code from the app; answers the recovery codes once.',
    description: 'Every signed-in user with a pending enrolment.',
  })
  @IdempotentPost()
  @ApiOkResponse({ type: RecoveryCodesBody })
  @ApiProblems(400, 401, 409, 422, 429)
  async confirm(
    @CurrentUser() user: SessionUser,
    @Body() body: SecondFactorCodeBody,
    @RequestAuditSource() source: AuditSource,
  ): Promise<RecoveryCodes> {
    const codes = await this.factors.confirmEnrolment(user.id, body.code);
    await this.audit.record(source, { kind: 'SecondFactorEnabled', userId: user.id });
    return codes;
  }

  @Post('recovery-codes')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'New recovery codes, with a current code or a recovery code; the old ones stop working.',
    description: 'Every signed-in user with a factor.',
  })
  @IdempotentPost()
  @ApiOkResponse({ type: RecoveryCodesBody })
  @ApiProblems(400, 401, 409, 422, 429)
  regenerate(
    @CurrentUser() user: SessionUser,
    @Body() body: SecondFactorCodeBody,
  ): Promise<RecoveryCodes> {
    return this.factors.regenerateRecoveryCodes(user.id, body.code);
  }

  @Post('disable')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Turn the second factor off, with a current code or a recovery code.',
    description:
      'Every signed-in user with a factor. An administrator is then limited to enrolling again.',
  })
  @IdempotentPost()
  @ApiNoContentResponse({ description: 'Off; recovery codes deleted.' })
  @ApiProblems(400, 401, 409, 422, 429)
  async disable(
    @CurrentUser() user: SessionUser,
    @Body() body: SecondFactorCodeBody,
    @RequestAuditSource() source: AuditSource,
  ): Promise<void> {
    await this.factors.disable(user.id, body.code);
    await this.audit.record(source, { kind: 'SecondFactorDisabled', userId: user.id });
  }
}
