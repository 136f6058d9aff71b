import type { EventStore } from '@greenchain/event-store';
import { caseAppends, type Append } from './case-histories';

export interface AppendDone {
  readonly events: number;
  readonly globalPositions: readonly number[];
}

/**
 * Traffic the way users make it: many cases open at once, each moving one command at a time, so
 * consecutive appends land on different streams. A finished case makes room for a new one.
 */
export class CaseFeed {
  private readonly open: { appends: Append[]; version: Map<string, number> }[] = [];
  private nextCase = 0;
  private turn = 0;

  constructor(
    private readonly store: EventStore,
    private readonly prefix: string,
    openCases: number,
  ) {
    for (let index = 0; index < openCases; index += 1) this.open.push(this.newCase());
  }

  /** Appends the next command of the next open case. */
  async appendNext(): Promise<AppendDone> {
    this.turn = (this.turn + 1) % this.open.length;
    let current = this.open[this.turn];
    if (!current || current.appends.length === 0) {
      current = this.newCase();
      this.open[this.turn] = current;
    }
    const append = current.appends.shift();
    if (!append) throw new Error('a new case has no appends');
    const expected = current.version.get(append.streamId) ?? 0;
    // Claimed before the await: the next call for this stream expects the new version.
    current.version.set(append.streamId, expected + append.events.length);
    const result = await this.store.appendToStream(append.streamId, append.events, {
      streamType: append.streamType,
      expectedVersion: expected,
    });
    return { events: append.events.length, globalPositions: result.globalPositions };
  }

  private newCase() {
    const appends = caseAppends(this.prefix, this.nextCase);
    this.nextCase += 1;
    return { appends, version: new Map<string, number>() };
  }
}
