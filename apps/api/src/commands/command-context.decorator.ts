import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type SessionUser } from '@greenchain/contracts';
import { type AuthenticatedRequest } from '../auth/authentication.guard';
import { type CommandHeaders, parseCommandHeaders } from './command-headers';

/** Who sends a command and with which concurrency and idempotency headers. */
export interface CommandContext {
  readonly user: SessionUser;
  readonly headers: CommandHeaders;
}

export const CommandContextParam = createParamDecorator(
  (_: unknown, context: ExecutionContext): CommandContext => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    return { user: request.user, headers: parseCommandHeaders(request) };
  },
);
