import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type SessionUser } from '@greenchain/contracts';
import { ProblemException, Public } from '@greenchain/platform';
import { wrongPassword } from '../auth/reauthentication.controller';
import { CurrentUser } from '../auth/current-user.decorator';
import { type AuthenticatedRequest } from '../auth/authentication.guard';
import { SessionsService } from '../auth/sessions/sessions.service';
import { ThrottledPasswordCheck } from '../auth/throttling/throttled-password-check';
import { ApiProblems } from '../commands/api-problems.decorator';
import { IdempotentPost } from '../commands/http-idempotency/idempotent-post.decorator';
import { type AuditSource, RequestAuditSource } from '../security-audit/audit-source';
import { SecurityAuditTrail } from '../security-audit/security-audit-trail.service';
import { UsersService } from '../users/users.service';
import { ChangePasswordRequestBody } from './change-password.request';
import { PasswordPolicy } from './password-policy';
import { deadLink, PasswordResetLinks } from './password-reset-links.service';
import { ResetPasswordRequestBody } from './reset-password.request';

/** A user's own password: changed while signed in, or set through an administrator's reset link. */
@ApiTags('auth')
@Controller('auth')
export class PasswordsController {
  constructor(
    private readonly users: UsersService,
    private readonly policy: PasswordPolicy,
    private readonly resetLinks: PasswordResetLinks,
    private readonly sessions: SessionsService,
    private readonly passwordCheck: ThrottledPasswordCheck,
    private readonly audit: SecurityAuditTrail,
  ) {}

  @Post('password')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Change your own password: the current one is required; every other session of yours ends.',
    description: 'Every signed-in user.',
  })
  @IdempotentPost()
  @ApiNoContentResponse({ description: 'Changed.' })
  @ApiProblems(400, 401, 409, 422, 429)
  async change(
    @Body() body: ChangePasswordRequestBody,
    @CurrentUser() user: SessionUser,
    @Req() request: AuthenticatedRequest,
    @RequestAuditSource() source: AuditSource,
  ): Promise<void> {
    if (!(await this.passwordCheck.matches(user, body.currentPassword, request))) {
      throw wrongPassword('currentPassword');
    }
    if (body.newPassword === body.currentPassword) {
      throw new ProblemException(
        422,
        'user/password-unchanged',
        'The new password must differ from the current one.',
        'newPassword',
      );
    }
    await this.policy.check(body.newPassword, 'newPassword', user);
    await this.users.setPassword(user.id, body.newPassword);
    await this.sessions.endOthers(user.id, request.sessionId);
    await this.audit.record(source, { kind: 'PasswordChanged', userId: user.id });
  }

  @Public()
  @Post('password-reset')
  @HttpCode(204)
  @ApiOperation({
    summary: "Set a new password with an administrator's one-time reset link.",
    description:
      'Public (the token is the credential). The link then stops working and every session of the user ends.',
  })
  @ApiNoContentResponse({ description: 'The password is set; sign in with it.' })
  @ApiProblems(400, 422, 429)
  async reset(
    @Body() body: ResetPasswordRequestBody,
    @RequestAuditSource() source: AuditSource,
  ): Promise<void> {
    // The token first: only a live link's holder makes the server estimate a password's strength.
    const holderId = await this.resetLinks.holderOf(body.token);
    const holder = holderId === null ? null : await this.users.findById(holderId);
    if (!holder) throw deadLink();
    await this.policy.check(body.newPassword, 'newPassword', holder);
    await this.resetLinks.redeem(body.token, holder.id, body.newPassword);
    await this.audit.record(source, { kind: 'PasswordChanged', userId: holder.id });
  }
}
