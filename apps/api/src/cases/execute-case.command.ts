import { Command } from '@nestjs/cqrs';
import { type CaseCommand, type CaseCommandType } from '@greenchain/domain';
import { type CommandContext } from '../commands/command-context.decorator';
import { type CommandResultResponse } from '../commands/command-result.response';
import { type BuildContext } from '../commands/command.request';

export type CaseCommandOf<T extends CaseCommandType> = Extract<CaseCommand, { type: T }>;

/** The one envelope for every case command: the HTTP layer builds it, CaseCommandHandler runs it. */
export class ExecuteCaseCommand<
  T extends CaseCommandType = CaseCommandType,
> extends Command<CommandResultResponse> {
  constructor(
    readonly type: T,
    /** Absent when the command creates the case (RecordSeizure): the id is generated. */
    readonly caseId: string | undefined,
    readonly occurredAt: string,
    readonly build: (context: BuildContext) => CaseCommandOf<T>['data'],
    readonly context: CommandContext,
  ) {
    super();
  }
}
