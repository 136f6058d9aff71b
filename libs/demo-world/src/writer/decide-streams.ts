import {
  caseDecider,
  evidenceDecider,
  type CaseEvent,
  type CaseState,
  type CommandMetadata,
  type DomainEvent,
  type EvidenceEvent,
  type EvidenceState,
} from '@greenchain/domain';
import type { PlannedCommand } from '../world/story';

export interface DecidedEvent<Event extends DomainEvent = DomainEvent> {
  readonly event: Event;
  readonly metadata: CommandMetadata;
}

/** One stream of a case after its commands went through the decider, in memory. */
export type DecidedStream =
  | {
      readonly streamType: 'case';
      readonly streamId: string;
      readonly events: DecidedEvent<CaseEvent>[];
      state: CaseState;
    }
  | {
      readonly streamType: 'evidence';
      readonly streamId: string;
      readonly events: DecidedEvent<EvidenceEvent>[];
      state: EvidenceState;
    };

function decideOne(stream: DecidedStream, planned: PlannedCommand): void {
  const metadata = planned.command.metadata;
  if (stream.streamType === 'case' && planned.streamType === 'case') {
    for (const event of caseDecider.decide(planned.command, stream.state)) {
      stream.state = caseDecider.evolve(stream.state, event);
      stream.events.push({ event, metadata });
    }
  } else if (stream.streamType === 'evidence' && planned.streamType === 'evidence') {
    for (const event of evidenceDecider.decide(planned.command, stream.state)) {
      stream.state = evidenceDecider.evolve(stream.state, event);
      stream.events.push({ event, metadata });
    }
  }
}

function emptyStream(planned: PlannedCommand): DecidedStream {
  return planned.streamType === 'case'
    ? {
        streamType: 'case',
        streamId: planned.streamId,
        events: [],
        state: caseDecider.initialState(),
      }
    : {
        streamType: 'evidence',
        streamId: planned.streamId,
        events: [],
        state: evidenceDecider.initialState(),
      };
}

/**
 * Runs a case's commands through the real deciders, stream by stream, as the API would one request
 * at a time: a command the domain refuses throws its DomainError here.
 */
export function decideStreams(commands: readonly PlannedCommand[]): DecidedStream[] {
  const streams = new Map<string, DecidedStream>();
  for (const planned of commands) {
    const stream = streams.get(planned.streamId) ?? emptyStream(planned);
    streams.set(planned.streamId, stream);
    decideOne(stream, planned);
  }
  return [...streams.values()];
}
