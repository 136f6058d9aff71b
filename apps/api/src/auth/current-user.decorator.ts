import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type SessionUser } from '@greenchain/contracts';
import { type AuthenticatedRequest } from './authentication.guard';

export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): SessionUser =>
    context.switchToHttp().getRequest<AuthenticatedRequest>().user,
);
