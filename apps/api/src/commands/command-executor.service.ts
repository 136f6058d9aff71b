import { Injectable } from '@nestjs/common';
import { type Decider, type DomainCommand, type DomainEvent } from '@greenchain/domain';
import { EventStore, type UniqueKey } from '@greenchain/event-store';
import { ProblemException } from '@greenchain/platform';
import { ApiMetrics } from '../metrics/api-metrics';
import { personalFieldsMarker } from '../event-store/mark-personal-fields';
import { type CommandHeaders } from './command-headers';
import { CommandKeys } from './command-keys.service';
import { type CommandResultResponse } from './command-result.response';
import { ProjectionWakePublisher } from './projection-wake.publisher';
import { toProblem } from './store-error.mapper';

export interface ExecuteInput<Command extends DomainCommand, Event extends DomainEvent, State> {
  readonly decider: Decider<Command, Event, State>;
  readonly streamType: string;
  readonly id: string;
  /** The case whose narrative key encrypts the command's free text (an exhibit's case for evidence). */
  readonly caseId: string;
  readonly command: Command;
  readonly headers: CommandHeaders;
  readonly commandId: string;
  readonly created: Record<string, string>;
  /** Keys the record claims with this command, e.g. a new case's reference. */
  readonly uniqueKeys?: readonly UniqueKey[];
}

/** Retries after a version conflict when the client sent no If-Match: the command is decided again on the new state. */
const retriesWithoutIfMatch = 3;

/** Load, decide, append through the event store, and shape the answer every command gives. */
@Injectable()
export class CommandExecutor {
  constructor(
    private readonly store: EventStore,
    private readonly keys: CommandKeys,
    private readonly wake: ProjectionWakePublisher,
    private readonly metrics: ApiMetrics,
  ) {}

  async execute<Command extends DomainCommand, Event extends DomainEvent, State>(
    input: ExecuteInput<Command, Event, State>,
  ): Promise<CommandResultResponse> {
    const streamId = `${input.streamType}-${input.id}`;
    const { expectedVersion } = input.headers;
    try {
      const result = await this.store.handleCommand(input.decider, streamId, input.command, {
        streamType: input.streamType,
        commandId: input.commandId,
        correlationId: input.commandId,
        expectedVersion,
        maxRetries: expectedVersion === undefined ? retriesWithoutIfMatch : 0,
        toStoredEvent: personalFieldsMarker(input.caseId),
        requestHash: this.keys.requestHash(streamId, input.command.type, input.command.data),
        uniqueKeys: input.uniqueKeys,
      });
      // handleCommand has committed by now; a replay wrote nothing to wake anyone for.
      const appended = !result.replayed && result.globalPositions.length > 0;
      if (appended) this.wake.committed();
      this.metrics.countCommand(
        input.command.type,
        result.replayed ? 'replayed' : appended ? 'appended' : 'unchanged',
      );
      return {
        streamId,
        id: input.id,
        streamVersion: result.streamVersion,
        globalPosition: result.globalPositions.at(-1) ?? null,
        created: input.created,
        replayed: result.replayed,
      };
    } catch (error) {
      const problem = toProblem(error, expectedVersion !== undefined, `${input.streamType}Id`);
      this.metrics.countCommand(
        input.command.type,
        problem instanceof ProblemException ? 'refused' : 'failed',
      );
      throw problem;
    }
  }
}
