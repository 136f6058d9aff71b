import type { Decider, DomainEvent } from '../decider';
import type { DomainCommand } from '../shared/command-metadata';

/** A key only one stream may hold, e.g. a case reference within its agency. */
export interface StreamUniqueKey {
  readonly scope: string;
  readonly key: string;
}

/**
 * Everything a writer needs to know about one kind of stream, in one place: how a record's id names
 * its stream, the decider that owns it, the keys it claims, and the case whose narrative subject
 * holds its free text (which, with personalFieldsOf, says whose personal data each field is). The
 * API, the seizure import, the deadline scan, the demo world, tests and benchmarks go through it
 * instead of building stream ids, unique keys or markings by hand.
 */
export interface StreamType<Command extends DomainCommand, Event extends DomainEvent, State> {
  /** Recorded as the stream's type in the store, and the prefix of its stream ids. */
  readonly type: string;
  readonly decider: Decider<Command, Event, State>;
  readonly streamId: (id: string) => string;
  /** The keys the stream claims when these events are appended to it. */
  readonly uniqueKeys: (events: readonly Event[]) => StreamUniqueKey[];
  /**
   * The case whose narrative subject holds the stream's free text (see personalFieldsOf), given the
   * record's state once its events are folded in: the case itself, or an exhibit's case.
   */
  readonly narrativeCaseId: (id: string, state: State) => string;
}

/** `<type>-<id>`: how every stream id is formed. */
export const streamIdOf = (type: string, id: string): string => `${type}-${id}`;
