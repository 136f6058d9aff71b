import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { evidenceStream, type EvidenceState } from '@greenchain/domain';
import { abilityFor } from '../authorization/ability.factory';
import { assertCan } from '../authorization/access-guard';
import { type CommandResultResponse } from '../commands/command-result.response';
import { CommandWriter } from '../commands/command-writer.service';
import { EvidenceRecords } from './evidence-records.service';
import { HandleEvidenceCommand } from './handle-evidence.command';

/**
 * Every evidence command: the exhibit's stream is loaded once and the sender's abilities checked
 * against the case it belongs to (for a registration, the case named in the request), then the
 * evidence decider decides and the events are appended (CommandWriter, handleCommand).
 */
@CommandHandler(HandleEvidenceCommand)
export class EvidenceCommandHandler implements ICommandHandler<HandleEvidenceCommand> {
  constructor(
    private readonly records: EvidenceRecords,
    private readonly writer: CommandWriter,
  ) {}

  execute({ evidenceId, command, sender }: HandleEvidenceCommand): Promise<CommandResultResponse> {
    const registering = command.type === 'RegisterEvidence';
    const authorize = async (state: EvidenceState) => {
      const caseId = registering ? command.data.caseId : state.registration?.caseId;
      const scope = caseId === undefined ? undefined : await this.records.scopeForCase(caseId);
      assertCan(
        abilityFor(sender.user),
        command.type,
        'Evidence',
        scope,
        registering ? 'caseId' : 'evidenceId',
      );
    };
    return this.writer.write(evidenceStream, evidenceId, command, sender, authorize);
  }
}
