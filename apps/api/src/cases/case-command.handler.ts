import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { caseStream } from '@greenchain/domain';
import { type CommandResultResponse } from '../commands/command-result.response';
import { CommandWriter } from '../commands/command-writer.service';
import { assertMayCommandCase } from './case-access';
import { HandleCaseCommand } from './handle-case.command';

/**
 * Every case command: the case's stream is loaded once, the sender's abilities checked against it,
 * then the case decider decides and the events are appended (CommandWriter, handleCommand).
 */
@CommandHandler(HandleCaseCommand)
export class CaseCommandHandler implements ICommandHandler<HandleCaseCommand> {
  constructor(private readonly writer: CommandWriter) {}

  execute({ caseId, command, sender }: HandleCaseCommand): Promise<CommandResultResponse> {
    return this.writer.write(caseStream, caseId, command, sender, (state) =>
      assertMayCommandCase(sender.user, command.type, state),
    );
  }
}
