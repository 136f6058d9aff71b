import {
  createParamDecorator,
  type ExecutionContext,
  Injectable,
  type PipeTransform,
} from '@nestjs/common';
import { type SessionUser } from '@greenchain/contracts';
import { type AuthenticatedRequest } from '../auth/authentication.guard';
import { type CommandHeaders, parseCommandHeaders } from './command-headers';
import { CommandKeys } from './command-keys.service';
import { CommandOrigin } from './command-origin';

interface SignedCommand {
  readonly user: SessionUser;
  readonly headers: CommandHeaders;
}

/** Gives the sender its command id and the ids of what it creates, from its Idempotency-Key. */
@Injectable()
export class CommandOriginPipe implements PipeTransform<SignedCommand, CommandOrigin> {
  constructor(private readonly keys: CommandKeys) {}

  transform({ user, headers }: SignedCommand): CommandOrigin {
    const commandId = this.keys.commandId(user.id, headers.idempotencyKey);
    const newId = this.keys.idSource(commandId, headers.idempotencyKey !== undefined);
    return new CommandOrigin(user, headers, commandId, newId);
  }
}

const signedCommand = createParamDecorator(
  (_: unknown, context: ExecutionContext): SignedCommand => {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    return { user: request.user, headers: parseCommandHeaders(request) };
  },
);

/** The CommandOrigin of a command route: the signed-in user, the checked headers, the ids. */
export const CommandOriginParam = () => signedCommand(CommandOriginPipe);
