import { Command } from '@nestjs/cqrs';
import { type EvidenceCommand } from '@greenchain/domain';
import { type CommandResultResponse } from '../commands/command-result.response';
import { type CommandOrigin, type CommandSender } from '../commands/command-origin';

/**
 * An evidence command as the controller builds it from a validated request: the exhibit, the
 * domain command (typed, with its actor and business time) and its sender. EvidenceCommandHandler
 * runs it.
 */
export class HandleEvidenceCommand extends Command<CommandResultResponse> {
  readonly sender: CommandSender;

  constructor(
    /** For RegisterEvidence, the id the request was given for the new exhibit. */
    readonly evidenceId: string,
    readonly command: EvidenceCommand,
    origin: CommandOrigin,
  ) {
    super();
    // Taken once the command's data is built, so it names every id the data was given.
    this.sender = origin.sender();
  }
}
