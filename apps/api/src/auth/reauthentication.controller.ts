import { Body, Controller, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ReauthenticationProof, type SessionUser } from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import { ApiProblems } from '../commands/api-problems.decorator';
import { IdempotentPost } from '../commands/http-idempotency/idempotent-post.decorator';
import { type Request } from 'express';
import { CurrentUser } from './current-user.decorator';
import { ReauthenticateRequestBody } from './reauthenticate.request';
import { ReauthenticationProofResponse } from './reauthentication.response';
import { ReauthenticationProofs } from './reauthentication-proofs.service';
import { ThrottledPasswordCheck } from './throttling/throttled-password-check';

/** 422 rather than 401: the session is valid, and clients sign out on a 401. */
export const wrongPassword = (field: string) =>
  new ProblemException(422, 'auth/wrong-password', 'This is not your password.', field);

@ApiTags('auth')
@ApiBearerAuth()
@Controller('auth')
export class ReauthenticationController {
  constructor(
    private readonly passwords: ThrottledPasswordCheck,
    private readonly proofs: ReauthenticationProofs,
  ) {}

  @Post('reauthenticate')
  @HttpCode(200)
  @ApiOperation({
    summary:
      'Confirm your password again for a short-lived proof that erasure, user and webhook changes require.',
    description:
      'Every signed-in user. Wrong passwords wait like failed sign-ins of the account (429 with Retry-After). Send the proof as the Reauthentication header; it is bound to you and expires after REAUTHENTICATION_TTL_SECONDS.',
  })
  @IdempotentPost()
  @ApiOkResponse({ type: ReauthenticationProofResponse })
  @ApiProblems(400, 401, 409, 422, 429)
  async reauthenticate(
    @Body() body: ReauthenticateRequestBody,
    @CurrentUser() user: SessionUser,
    @Req() request: Request,
  ): Promise<ReauthenticationProof> {
    if (!(await this.passwords.matches(user, body.password, request))) {
      throw wrongPassword('password');
    }
    return this.proofs.issue(user.id, ['pwd']);
  }
}
