import { Command } from '@nestjs/cqrs';
import { type EvidenceCommandOf, type EvidenceCommandType } from '@greenchain/domain';
import { type CommandContext } from '../commands/command-context.decorator';
import { type CommandResultResponse } from '../commands/command-result.response';
import { type BuildContext } from '../commands/command.request';

/** The one envelope for every evidence command, run by EvidenceCommandHandler. */
export class ExecuteEvidenceCommand<
  T extends EvidenceCommandType = EvidenceCommandType,
> extends Command<CommandResultResponse> {
  constructor(
    readonly type: T,
    /** Absent when the command registers the exhibit: the id is generated. */
    readonly evidenceId: string | undefined,
    readonly occurredAt: string,
    readonly build: (context: BuildContext) => EvidenceCommandOf<T>['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}
