import {
  Body,
  Controller,
  Get,
  HttpCode,
  Patch,
  Post,
  Query,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import {
  type PasswordResetLink,
  resetPasswordPath,
  type SessionUser,
  type UserRecord,
} from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import { type Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { CurrentUser } from '../auth/current-user.decorator';
import { RequireReauthentication } from '../auth/require-reauthentication.decorator';
import { SessionsService } from '../auth/sessions/sessions.service';
import { AbilityGuard } from '../authorization/ability.guard';
import { Allow } from '../authorization/allow.decorator';
import { ApiProblems } from '../commands/api-problems.decorator';
import { IdempotentPost } from '../commands/http-idempotency/idempotent-post.decorator';
import { IdParam } from '../commands/id-param.decorator';
import { ApiNoBody, NoBody } from '../operations/no-body.decorator';
import { PasswordPolicy } from '../passwords/password-policy';
import { PasswordResetLinkResponse } from '../passwords/password-reset-link.response';
import { PasswordResetLinks } from '../passwords/password-reset-links.service';
import { CreateUserRequestBody } from './create-user.request';
import { UpdateUserRequestBody } from './update-user.request';
import { userListCriteria } from './user-list.criteria';
import { contentRange } from '../records/list-params';
import { ListQuery } from '../records/list.query';
import { checkProfile } from './user-profile.rules';
import { toUserRecord } from './user-record';
import { UserRecordResponse } from './user-record.response';
import { type AuditSource, RequestAuditSource } from '../security-audit/audit-source';
import { SecurityAuditTrail } from '../security-audit/security-audit-trail.service';
import { userCreatedEntry, userUpdatedEntry } from './user-audit';
import { UsersService } from './users.service';

const notFound = () => new ProblemException(404, 'resource/not-found', 'No such user.', 'userId');

/** Account changes can hand an account to someone else: they need a fresh re-authentication. */
const reauthenticated = 'Administrators, with a re-authentication proof.';

/** Administrators manage users (react-admin simple REST contract); no other role sees them. */
@ApiTags('users')
@ApiBearerAuth()
@Controller('users')
@UseGuards(AbilityGuard)
@Allow('manage', 'User')
export class UsersAdminController {
  constructor(
    private readonly users: UsersService,
    private readonly audit: SecurityAuditTrail,
    private readonly sessions: SessionsService,
    private readonly policy: PasswordPolicy,
    private readonly resetLinks: PasswordResetLinks,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'List users: range, sort, filter; Content-Range gives the total.',
    description:
      'Administrators. filter: role, country, agency, active, q (email or name contains); sort: email, displayName, role, country, agency, active, createdAt.',
  })
  @ApiOkResponse({
    type: [UserRecordResponse],
    headers: { 'Content-Range': { description: 'users <first>-<last>/<total>' } },
  })
  @ApiProblems(400, 401, 403, 429)
  async list(
    @Query() query: ListQuery,
    @Res({ passthrough: true }) response: Response,
  ): Promise<UserRecord[]> {
    const criteria = userListCriteria(query);
    const { rows, total } = await this.users.list(criteria);
    response.setHeader('Content-Range', contentRange('users', criteria.first, rows.length, total));
    return rows.map(toUserRecord);
  }

  @Get(':userId')
  @ApiOperation({ summary: 'One user.', description: 'Administrators.' })
  @ApiOkResponse({ type: UserRecordResponse })
  @ApiProblems(400, 401, 403, 404, 429)
  async one(@IdParam('userId') userId: string): Promise<UserRecord> {
    const user = await this.users.findById(userId);
    if (!user) throw notFound();
    return toUserRecord(user);
  }

  @Post()
  @ApiOperation({
    summary: 'Create a user (officers need a country and an agency).',
    description: `${reauthenticated} The password must meet the password policy (422 user/password-too-weak).`,
  })
  @RequireReauthentication()
  @IdempotentPost()
  @ApiCreatedResponse({ type: UserRecordResponse })
  @ApiProblems(400, 401, 403, 409, 422, 429)
  async create(
    @Body() body: CreateUserRequestBody,
    @RequestAuditSource() source: AuditSource,
  ): Promise<UserRecord> {
    const country = body.country ?? null;
    const agency = body.agency ?? null;
    checkProfile(body.role, country, agency, body.focalPoint);
    await this.policy.check(body.password, 'password', body);
    if (await this.users.exists(body.email)) throw emailTaken();
    try {
      return await this.audit.recordWith(source, async (transaction) => {
        const user = await this.users.create({ ...body, country, agency }, transaction);
        return { result: toUserRecord(user), entry: userCreatedEntry(user) };
      });
    } catch (error) {
      // Two administrators creating the same email at once: the unique index decides.
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === '23505'
      ) {
        throw emailTaken();
      }
      throw error;
    }
  }

  @Patch(':userId')
  @ApiOperation({
    summary:
      'Change role, country, agency, focal point, name or active; disabling or a new role ends every session at once.',
    description: reauthenticated,
  })
  @RequireReauthentication()
  @ApiOkResponse({ type: UserRecordResponse })
  @ApiProblems(400, 401, 403, 404, 422, 429)
  async update(
    @IdParam('userId') userId: string,
    @Body() body: UpdateUserRequestBody,
    @RequestAuditSource() source: AuditSource,
  ): Promise<UserRecord> {
    const current = await this.users.findById(userId);
    if (!current) throw notFound();
    // Request classes define every declared field, so absent ones must not overwrite values.
    const changes = Object.fromEntries(
      Object.entries(body).filter(([, value]) => value !== undefined),
    ) as UpdateUserRequestBody;
    const next = { ...current, ...changes };
    checkProfile(next.role, next.country, next.agency, next.focalPoint);
    const saved = await this.audit.recordWith(source, async (transaction) => {
      const before = await this.users.findForUpdate(userId, transaction);
      if (!before) throw notFound();
      const after = await this.users.update(userId, changes, transaction);
      if (!after) throw notFound();
      return { result: after, entry: userUpdatedEntry(before, after) };
    });
    // A disabled user, or one whose role changed, signs in again under what they may now do.
    if (body.active === false || (body.role !== undefined && body.role !== current.role)) {
      await this.sessions.endAllOf(userId);
    }
    return toUserRecord(saved);
  }

  @Post(':userId/reset-link')
  @HttpCode(201)
  @ApiOperation({
    summary:
      'Issue a one-time password reset link for a user to open; an older link of theirs stops working.',
    description: `${reauthenticated} There is no mail server: hand the link over yourself. It expires after PASSWORD_RESET_TTL_SECONDS.`,
  })
  @RequireReauthentication()
  @IdempotentPost()
  @ApiNoBody()
  @ApiCreatedResponse({ type: PasswordResetLinkResponse })
  @ApiProblems(400, 401, 403, 404, 409, 422, 429)
  async resetLink(
    @IdParam('userId') userId: string,
    @NoBody() _body: undefined,
    @CurrentUser() administrator: SessionUser,
    @RequestAuditSource() source: AuditSource,
  ): Promise<PasswordResetLink> {
    if (!(await this.users.findById(userId))) throw notFound();
    const { token, expiresAt } = await this.resetLinks.issue(userId, administrator.id);
    // Recorded before the link leaves: if the record fails, nobody gets the link.
    await this.audit.record(source, {
      kind: 'PasswordResetIssued',
      userId,
      expiresAt: expiresAt.toISOString(),
    });
    return { userId, path: `${resetPasswordPath}${token}`, expiresAt: expiresAt.toISOString() };
  }
}

function emailTaken(): ProblemException {
  return new ProblemException(409, 'user/email-taken', 'A user with this email exists.', 'email');
}
