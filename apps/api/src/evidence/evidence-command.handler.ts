import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { evidenceDecider, type EvidenceCommand } from '@greenchain/domain';
import { abilityFor } from '../authorization/ability.factory';
import { assertCan } from '../authorization/access-guard';
import { actorOf } from '../commands/actor';
import { CommandExecutor } from '../commands/command-executor.service';
import { CommandKeys } from '../commands/command-keys.service';
import { type CommandResultResponse } from '../commands/command-result.response';
import { EvidenceRecords } from './evidence-records.service';
import { ExecuteEvidenceCommand } from './execute-evidence.command';

/**
 * Every evidence command: abilities are checked against the exhibit's case (for a registration, the
 * case named in the request), then the event store decides and appends.
 */
@CommandHandler(ExecuteEvidenceCommand)
export class EvidenceCommandHandler implements ICommandHandler<ExecuteEvidenceCommand> {
  constructor(
    private readonly records: EvidenceRecords,
    private readonly executor: CommandExecutor,
    private readonly keys: CommandKeys,
  ) {}

  async execute(envelope: ExecuteEvidenceCommand): Promise<CommandResultResponse> {
    const { user, headers } = envelope.context;
    const commandId = this.keys.commandId(user.id, headers.idempotencyKey);
    const ids = this.keys.idSource(commandId, headers.idempotencyKey !== undefined);
    const data = envelope.build({ ids, user });
    const registering = envelope.evidenceId === undefined;
    const caseId = registering
      ? (data as { caseId: string }).caseId
      : await this.records.caseOf(envelope.evidenceId);
    const scope = caseId === undefined ? undefined : await this.records.scopeForCase(caseId);
    assertCan(
      abilityFor(user),
      envelope.type,
      'Evidence',
      scope,
      registering ? 'caseId' : 'evidenceId',
    );
    const command = {
      type: envelope.type,
      data,
      metadata: {
        actor: actorOf(user),
        occurredAt: envelope.occurredAt,
        recordedAt: new Date().toISOString(),
      },
    } as EvidenceCommand;
    return this.executor.execute({
      decider: evidenceDecider,
      streamType: 'evidence',
      id: envelope.evidenceId ?? ids.created.evidenceId ?? '',
      // Set once the ability check passed: an exhibit with no case is refused there.
      caseId: caseId ?? '',
      command,
      headers,
      commandId,
      created: ids.created,
    });
  }
}
