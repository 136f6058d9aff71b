import {
  streamIdOf,
  type Decider,
  type DomainCommand,
  type DomainEvent,
  type StreamType,
} from '@greenchain/domain';

/**
 * A tiny aggregate for the command path's tests: each increment records the count it reaches, so a lost
 * update shows up as a repeated or missing count.
 */
export type CounterCommand = DomainCommand<'Increment', { readonly by: number }>;
export type CounterEvent = DomainEvent<'Incremented', { readonly count: number }>;

export const counterDecider: Decider<CounterCommand, CounterEvent, number> = {
  initialState: () => 0,
  decide: (command, count) =>
    command.data.by === 0
      ? []
      : [{ type: 'Incremented', data: { count: count + command.data.by } }],
  evolve: (_count, event) => event.data.count,
};

export function increment(by = 1): CounterCommand {
  return {
    type: 'Increment',
    data: { by },
    metadata: {
      actor: { userId: 'user-1', role: 'customs', agency: 'EPA', country: 'FR' },
      occurredAt: '2026-11-28T09:00:00.000Z',
      recordedAt: '2026-11-28T09:00:05.000Z',
    },
  };
}

/** The counter as a stream type, so handleCommand can write it. */
export const counterStream: StreamType<CounterCommand, CounterEvent, number> = {
  type: 'counter',
  decider: counterDecider,
  streamId: (id) => streamIdOf('counter', id),
  uniqueKeys: () => [],
  narrativeCaseId: (id) => id,
};
