import { Injectable } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { handleCommand } from '@greenchain/case-commands';
import { type DomainCommand, type DomainEvent, type StreamType } from '@greenchain/domain';
import { EventStore } from '@greenchain/event-store';
import { ProblemException } from '@greenchain/platform';
import { ApiMetrics } from '../metrics/api-metrics';
import { type CommandResultResponse } from './command-result.response';
import { type CommandSender } from './command-origin';
import { StreamAppended } from './stream-appended.event';
import { toProblem } from './store-error.mapper';

/** Retries after a version conflict when the client sent no If-Match: the command is decided again on the new state. */
const retriesWithoutIfMatch = 3;

/**
 * What every command handler of the API ends with: the write path (handleCommand: load once,
 * authorize, decide, append) with the sender's If-Match and command id, refusals turned into
 * problems, the command counted, StreamAppended published after the commit, and the answer every
 * command gives.
 */
@Injectable()
export class CommandWriter {
  constructor(
    private readonly store: EventStore,
    private readonly events: EventBus,
    private readonly metrics: ApiMetrics,
  ) {}

  async write<Command extends DomainCommand, Event extends DomainEvent, State>(
    stream: StreamType<Command, Event, State>,
    id: string,
    command: Command,
    sender: CommandSender,
    authorize: (state: State) => void | Promise<void>,
  ): Promise<CommandResultResponse> {
    const { expectedVersion } = sender.headers;
    try {
      const result = await handleCommand(this.store, stream, id, command, {
        commandId: sender.commandId,
        expectedVersion,
        maxRetries: expectedVersion === undefined ? retriesWithoutIfMatch : 0,
        authorize,
      });
      const appended = !result.replayed && result.globalPositions.length > 0;
      if (appended)
        this.events.publish(new StreamAppended(result.streamId, result.globalPositions));
      this.metrics.countCommand(
        command.type,
        result.replayed ? 'replayed' : appended ? 'appended' : 'unchanged',
      );
      return {
        streamId: result.streamId,
        id,
        streamVersion: result.streamVersion,
        globalPosition: result.globalPositions.at(-1) ?? null,
        created: sender.created,
        replayed: result.replayed,
      };
    } catch (error) {
      const problem = toProblem(error, expectedVersion !== undefined, `${stream.type}Id`);
      this.metrics.countCommand(
        command.type,
        problem instanceof ProblemException ? 'refused' : 'failed',
      );
      throw problem;
    }
  }
}
