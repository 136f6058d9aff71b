import type { RecordedEvent } from '@greenchain/event-store';
import { dateOf, occurredAt } from '../../shared/case-events';
import type { StreamFolder } from '../../shared/stream-state-fold';

/** A stream's state from one business day until the next day something happened (exclusive). */
export interface DayState<State> {
  readonly from: string;
  readonly until: string | null;
  readonly state: State;
  /** The last event recorded among those dated on or before `from`. */
  readonly last: RecordedEvent;
}

const businessDay = (recorded: RecordedEvent) => dateOf(occurredAt(recorded)) ?? '';

/**
 * A stream's state as it stood at the end of each business day on which something happened: the
 * fold, in recorded order, of the events dated on or before that day. Facts are often recorded
 * after later ones (a verdict entered weeks after the trial), so a day's state is not always a
 * prefix of the log; a fact whose prerequisite is dated later (charges back-dated before the
 * party was added) takes effect with it, since evolve skips what it cannot attach yet.
 * `folded` may hold, at an event's index, the state after that event (the fold of the events up
 * to it, as the shared fold gives it): those events are not folded again.
 */
export function statesByBusinessDay<State, Event>(
  folder: StreamFolder<State, Event>,
  events: readonly RecordedEvent[],
  folded: readonly (State | undefined)[] = [],
): DayState<State>[] {
  const eventDays = events.map(businessDay);
  const days = [...new Set(eventDays)].sort();
  const inDayOrder = eventDays.every((day, index) => index === 0 || day >= eventDays[index - 1]!);
  const states = inDayOrder
    ? foldOnce(folder, events, eventDays, folded)
    : foldPerDay(folder, events, eventDays, days);
  return states.map(([state, last], index) => ({
    from: days[index]!,
    until: days[index + 1] ?? null,
    state,
    last,
  }));
}

type Folded<State> = readonly [state: State, last: RecordedEvent];

/** The usual log, recorded in date order: each day's state is a prefix, one fold gives them all. */
function foldOnce<State, Event>(
  folder: StreamFolder<State, Event>,
  events: readonly RecordedEvent[],
  eventDays: readonly string[],
  folded: readonly (State | undefined)[],
): Folded<State>[] {
  const states: Folded<State>[] = [];
  let state = folder.initial();
  events.forEach((recorded, index) => {
    state = folded[index] ?? folder.evolve(state, folder.toEvent(recorded));
    if (eventDays[index + 1] !== eventDays[index]) states.push([state, recorded]);
  });
  return states;
}

function foldPerDay<State, Event>(
  folder: StreamFolder<State, Event>,
  events: readonly RecordedEvent[],
  eventDays: readonly string[],
  days: readonly string[],
): Folded<State>[] {
  return days.map((day) => {
    const included = events.filter((_, index) => eventDays[index]! <= day);
    const state = included.reduce(
      (folded, recorded) => folder.evolve(folded, folder.toEvent(recorded)),
      folder.initial(),
    );
    return [state, included.at(-1)!] as const;
  });
}
