import { StreamSnapshots } from './stream-snapshots';

describe('stream snapshots', () => {
  const at = (version: number) => ({ version, state: { version } });

  it('finds the snapshot at a version, else the latest one below it', () => {
    const snapshots = new StreamSnapshots(10);
    snapshots.remember('s', at(3));
    snapshots.remember('s', at(1));
    snapshots.remember('s', at(5));
    expect(snapshots.atOrBefore('s', 3)).toEqual(at(3));
    expect(snapshots.atOrBefore('s', 4)).toEqual(at(3));
    expect(snapshots.atOrBefore('s', 9)).toEqual(at(5));
    expect(snapshots.atOrBefore('s', 0)).toBeUndefined();
    expect(snapshots.atOrBefore('other', 3)).toBeUndefined();
  });

  it('keeps the first state remembered for a version', () => {
    const snapshots = new StreamSnapshots(10);
    const first = at(2);
    snapshots.remember('s', first);
    snapshots.remember('s', at(2));
    expect(snapshots.atOrBefore('s', 2)).toBe(first);
  });

  it('keeps the last 16 versions of a stream', () => {
    const snapshots = new StreamSnapshots(10);
    for (let version = 1; version <= 20; version += 1) snapshots.remember('s', at(version));
    expect(snapshots.atOrBefore('s', 4)).toBeUndefined();
    expect(snapshots.atOrBefore('s', 5)).toEqual(at(5));
  });

  it('drops the least recently remembered streams beyond its capacity', () => {
    const snapshots = new StreamSnapshots(2);
    snapshots.remember('a', at(1));
    snapshots.remember('b', at(1));
    snapshots.remember('a', at(2));
    snapshots.remember('c', at(1));
    expect(snapshots.size).toBe(2);
    expect(snapshots.atOrBefore('b', 1)).toBeUndefined();
    expect(snapshots.atOrBefore('a', 2)).toEqual(at(2));
    expect(snapshots.atOrBefore('c', 1)).toEqual(at(1));
  });

  it('keeps nothing with no capacity', () => {
    const snapshots = new StreamSnapshots(0);
    snapshots.remember('a', at(1));
    snapshots.remember('a', at(2));
    expect(snapshots.size).toBe(0);
    expect(snapshots.atOrBefore('a', 2)).toBeUndefined();
  });
});
