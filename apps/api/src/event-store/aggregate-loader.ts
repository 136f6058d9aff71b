import { type Decider, type DomainEvent, fold } from '@greenchain/domain';
import {
  type EventStore,
  type PersonalDataMode,
  type RecordedEvent,
} from '@greenchain/event-store';

export interface LoadedAggregate<State> {
  readonly streamId: string;
  /** 0 when the stream does not exist. */
  readonly version: number;
  readonly events: readonly RecordedEvent[];
  readonly state: State;
}

/**
 * Reads a stream and folds it; personal values decrypted or, for readers without the right,
 * redacted; `adjust` may rework the events read before they are folded and returned.
 */
export async function loadAggregate<Event extends DomainEvent, State>(
  store: EventStore,
  decider: Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>,
  streamId: string,
  personalData: PersonalDataMode,
  adjust: (
    events: readonly RecordedEvent[],
  ) => Promise<readonly RecordedEvent[]> | readonly RecordedEvent[] = (events) => events,
): Promise<LoadedAggregate<State>> {
  const slice = await store.readStream(streamId, { personalData });
  const events = await adjust(slice.events);
  const state = foldRecorded(decider, events);
  return { streamId, version: slice.version, events, state };
}

/** Stored events of a stream are the decider's own events, upcast to their latest schema on read. */
export function foldRecorded<Event extends DomainEvent, State>(
  decider: Pick<Decider<unknown, Event, State>, 'initialState' | 'evolve'>,
  events: readonly RecordedEvent[],
): State {
  return fold(decider, events as unknown as readonly Event[]);
}
