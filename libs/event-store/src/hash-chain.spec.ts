import { chainHash, eventDigest, verifyChain, type ChainedEvent } from './hash-chain';

function chain(streamId: string, count: number): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  let previous: Buffer | null = null;
  for (let position = 1; position <= count; position += 1) {
    const fields = {
      streamId,
      streamType: 'case',
      streamPosition: position,
      eventId: `00000000-0000-4000-8000-00000000000${position}`,
      eventType: 'Noted',
      schemaVersion: 1,
      data: { n: position },
      metadata: { actor: 'a' },
      correlationId: null,
      causationId: null,
      commandId: null,
    };
    const hash = chainHash(previous, eventDigest(fields));
    events.push({ ...fields, prevHash: previous, hash });
    previous = hash;
  }
  return events;
}

const headOf = (events: ChainedEvent[]) => ({
  version: events.length,
  lastHash: events.at(-1)?.hash ?? Buffer.alloc(0),
});

describe('event digest', () => {
  const fields = chain('case-1', 1)[0]!;

  it('does not depend on the key order of data and metadata', () => {
    const reordered = {
      ...fields,
      data: { n: 1 },
      metadata: JSON.parse('{"actor":"a"}') as unknown,
    };
    expect(eventDigest(reordered).equals(eventDigest(fields))).toBe(true);
  });

  it('changes with any covered field, including the position and the stream', () => {
    const digest = eventDigest(fields);
    for (const changed of [
      { ...fields, streamPosition: 2 },
      { ...fields, streamId: 'case-2' },
      { ...fields, data: { n: 2 } },
      { ...fields, metadata: { actor: 'b' } },
      { ...fields, schemaVersion: 2 },
      { ...fields, commandId: '00000000-0000-4000-8000-000000000009' },
    ]) {
      expect(eventDigest(changed).equals(digest)).toBe(false);
    }
  });

  it('frames fields so that moving text between them changes the digest', () => {
    const a = eventDigest({ ...fields, streamId: 'ab', streamType: 'c' });
    const b = eventDigest({ ...fields, streamId: 'a', streamType: 'bc' });
    expect(a.equals(b)).toBe(false);
  });
});

describe('verifyChain', () => {
  it('accepts an intact stream and reports its version', () => {
    const events = chain('case-1', 4);
    expect(verifyChain('case-1', events, headOf(events))).toEqual({
      valid: true,
      streamId: 'case-1',
      version: 4,
    });
  });

  it('reports an altered payload at its position', () => {
    const events = chain('case-1', 4);
    const altered = events.map((e) => (e.streamPosition === 3 ? { ...e, data: { n: 99 } } : e));
    expect(verifyChain('case-1', altered, headOf(events))).toMatchObject({
      valid: false,
      position: 3,
    });
  });

  it('reports a deleted event at the gap, and a deleted tail after the last event', () => {
    const events = chain('case-1', 4);
    const gap = events.filter((e) => e.streamPosition !== 2);
    expect(verifyChain('case-1', gap, headOf(events))).toMatchObject({ valid: false, position: 2 });
    expect(verifyChain('case-1', events.slice(0, 3), headOf(events))).toMatchObject({
      valid: false,
      position: 4,
    });
  });

  it('reports swapped events at the first one moved', () => {
    const [e1, e2, e3, e4] = chain('case-1', 4) as [
      ChainedEvent,
      ChainedEvent,
      ChainedEvent,
      ChainedEvent,
    ];
    const swapped = [e1, e2, { ...e4, streamPosition: 3 }, { ...e3, streamPosition: 4 }];
    expect(verifyChain('case-1', swapped, headOf([e1, e2, e3, e4]))).toMatchObject({
      valid: false,
      position: 3,
    });
  });

  it('accepts a stream that does not exist', () => {
    expect(verifyChain('case-9', [], null)).toEqual({
      valid: true,
      streamId: 'case-9',
      version: 0,
    });
  });
});
