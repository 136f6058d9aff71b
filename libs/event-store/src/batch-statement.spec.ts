import type { AppendCall } from './append-call';
import { batchStatement } from './batch-statement';

const call = (streamId: string, commandId: string | null = null, events = 1): AppendCall => ({
  streamId,
  streamType: 'case',
  expectedVersion: 0,
  events: Array.from({ length: events }, (_, i) => ({
    id: `e${i}`,
    type: 'NoteAdded',
    schemaVersion: 1,
    data: {},
    metadata: {},
    digest: '',
  })),
  correlationId: null,
  causationId: null,
  commandId,
  requestHash: null,
});

const setBased = /append_single_events_batch/;
const loop = /append_events_batch/;

describe('batchStatement', () => {
  it('sends four or more independent single-event appends set-based, with or without command ids', () => {
    expect(batchStatement([call('a'), call('b'), call('c'), call('d', 'x')])).toMatch(setBased);
  });

  it('keeps smaller batches on the loop, whose plan is cheaper to start', () => {
    expect(batchStatement([call('a'), call('b'), call('c')])).toMatch(loop);
  });

  it('keeps appends that depend on one another on the loop', () => {
    const others = [call('b'), call('c'), call('d')];
    expect(batchStatement([call('a'), call('a'), ...others])).toMatch(loop);
    expect(batchStatement([call('a', 'x'), call('e', 'x'), ...others])).toMatch(loop);
    expect(batchStatement([call('a', null, 2), ...others])).toMatch(loop);
  });
});
