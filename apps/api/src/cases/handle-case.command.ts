import { Command } from '@nestjs/cqrs';
import { type CaseCommand } from '@greenchain/domain';
import { type CommandResultResponse } from '../commands/command-result.response';
import { type CommandOrigin, type CommandSender } from '../commands/command-origin';

/**
 * A case command as the controllers build it from a validated request: the case, the domain
 * command (typed, with its actor and business time) and its sender. CaseCommandHandler runs it.
 */
export class HandleCaseCommand extends Command<CommandResultResponse> {
  readonly sender: CommandSender;

  constructor(
    /** For RecordSeizure, the id the request was given for the new case. */
    readonly caseId: string,
    readonly command: CaseCommand,
    origin: CommandOrigin,
  ) {
    super();
    // Taken once the command's data is built, so it names every id the data was given.
    this.sender = origin.sender();
  }
}
