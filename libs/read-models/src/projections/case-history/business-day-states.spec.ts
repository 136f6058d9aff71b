import type { RecordedEvent } from '@greenchain/event-store';
import type { StreamFolder } from '../../shared/stream-state-fold';
import { statesByBusinessDay } from './business-day-states';

/** A folder whose state is the list of facts folded, in the order folded. */
const facts: StreamFolder<readonly string[], string> = {
  initial: () => [],
  evolve: (state, fact) => [...state, fact],
  toEvent: (recorded) => recorded.type,
};

function logOf(...entries: [type: string, occurredAt: string][]): RecordedEvent[] {
  return entries.map(([type, occurredAt], index) => ({
    type,
    data: { occurredAt },
    schemaVersion: 1,
    eventId: `e${index}`,
    streamId: 'case-1',
    streamType: 'case',
    streamPosition: index + 1,
    globalPosition: index + 1,
    transactionId: '1',
    metadata: {
      recordedAt: '2025-01-31T00:00:00Z',
      correlationId: null,
      causationId: null,
      commandId: null,
    },
  }));
}

const summary = (log: RecordedEvent[]) =>
  statesByBusinessDay(facts, log).map(({ from, until, state, last }) => ({
    from,
    until,
    state,
    last: last.type,
  }));

describe('statesByBusinessDay', () => {
  it('gives nothing for no events', () => {
    expect(statesByBusinessDay(facts, [])).toEqual([]);
  });

  it('gives one state per business day, each valid until the next', () => {
    const log = logOf(
      ['seized', '2025-01-02T08:00:00Z'],
      ['item', '2025-01-02T09:00:00Z'],
      ['referred', '2025-01-10'],
    );
    expect(summary(log)).toEqual([
      { from: '2025-01-02', until: '2025-01-10', state: ['seized', 'item'], last: 'item' },
      { from: '2025-01-10', until: null, state: ['seized', 'item', 'referred'], last: 'referred' },
    ]);
  });

  it('counts a fact recorded late from its own date, in recorded order', () => {
    const log = logOf(
      ['seized', '2025-01-02'],
      ['verdict', '2025-03-01'],
      ['charged', '2025-02-01'],
    );
    expect(summary(log)).toEqual([
      { from: '2025-01-02', until: '2025-02-01', state: ['seized'], last: 'seized' },
      { from: '2025-02-01', until: '2025-03-01', state: ['seized', 'charged'], last: 'charged' },
      {
        from: '2025-03-01',
        until: null,
        state: ['seized', 'verdict', 'charged'],
        last: 'charged',
      },
    ]);
  });
});
