import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ProblemException } from '@greenchain/platform';
import { type CaseCommand, caseDecider, caseReferenceKeys } from '@greenchain/domain';
import { abilityFor } from '../authorization/ability.factory';
import { assertCan } from '../authorization/access-guard';
import { stageOwner } from '../authorization/stage-owner';
import { actorOf, ownScope } from '../commands/actor';
import { CommandExecutor } from '../commands/command-executor.service';
import { CommandKeys } from '../commands/command-keys.service';
import { type CommandResultResponse } from '../commands/command-result.response';
import { CaseRecords } from './case-records.service';
import { ExecuteCaseCommand } from './execute-case.command';

/** Commands that belong to the owner of the case's current stage, not to a role as such. */
const stageOwned: ReadonlySet<string> = new Set(['CloseCase', 'ReopenCase']);

/**
 * Every case command: build the domain command, check the user's abilities against the loaded case
 * (or, for a new seizure, against the case it would create), then hand it to the event store.
 */
@CommandHandler(ExecuteCaseCommand)
export class CaseCommandHandler implements ICommandHandler<ExecuteCaseCommand> {
  constructor(
    private readonly records: CaseRecords,
    private readonly executor: CommandExecutor,
    private readonly keys: CommandKeys,
  ) {}

  async execute(envelope: ExecuteCaseCommand): Promise<CommandResultResponse> {
    const { user, headers } = envelope.context;
    const commandId = this.keys.commandId(user.id, headers.idempotencyKey);
    const ids = this.keys.idSource(commandId, headers.idempotencyKey !== undefined);
    const data = envelope.build({ ids, user });
    const caseId = envelope.caseId ?? ids.created.caseId ?? '';
    const access =
      envelope.caseId === undefined ? undefined : await this.records.accessOf(envelope.caseId);
    const scope = envelope.caseId === undefined ? ownScope(user) : access?.scope;
    assertCan(abilityFor(user), envelope.type, 'Case', scope, 'caseId');
    if (stageOwned.has(envelope.type) && access && stageOwner(access.state) !== user.role) {
      throw new ProblemException(
        403,
        'auth/forbidden',
        `Only the owner of the case's current stage (${stageOwner(access.state) ?? 'nobody'}) closes or reopens it.`,
        'caseId',
      );
    }
    const command = {
      type: envelope.type,
      data,
      metadata: {
        actor: actorOf(user),
        occurredAt: envelope.occurredAt,
        recordedAt: new Date().toISOString(),
      },
    } as CaseCommand;
    const { created } = ids;
    return this.executor.execute({
      decider: caseDecider,
      streamType: 'case',
      id: caseId,
      caseId,
      command,
      headers,
      commandId,
      created,
      // A new case claims its reference within its agency (a duplicate is refused with 409).
      uniqueKeys: command.type === 'RecordSeizure' ? caseReferenceKeys(command.data) : [],
    });
  }
}
