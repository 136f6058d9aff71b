import { performance } from 'node:perf_hooks';
import type { EventStore } from '@greenchain/event-store';
import type { DataSource } from 'typeorm';
import { CaseFeed } from './case-feed';
import { percentile, type Percentiles } from '../shared/percentiles';

export interface LagRunOptions {
  readonly dataSource: DataSource;
  readonly store: EventStore;
  /** Commands (appends) started per second, whatever the previous ones are doing. */
  readonly appendsPerSecond: number;
  readonly seconds: number;
  /** Lags of events committed in this first stretch are left out (runners and caches warming up). */
  readonly warmUpSeconds: number;
  /** How often the monitor looks at the checkpoints: lags are rounded up to about this. */
  readonly monitorIntervalMs: number;
}

export interface LagResult {
  readonly appendsPerSecond: number;
  readonly eventsPerSecond: number;
  /** Until every projection's checkpoint passed the event. */
  readonly all: Percentiles;
  readonly byProjection: ReadonlyMap<string, Percentiles>;
  readonly appendLatency: Percentiles;
  readonly measuredEvents: number;
}

/** Most appends in flight at once; the feed keeps more cases open so no stream is written twice at once. */
const maxInFlight = 64;

interface Pending {
  readonly committedAt: number;
  readonly counted: boolean;
  readonly passed: Map<string, number>;
}

/**
 * Appends at a steady rate (open loop: a slow append does not slow the next ones) while the
 * projection runners the caller started keep up, and watches each projection's checkpoint pass
 * each appended event. Lag is from the append's acknowledgement to the monitor seeing the
 * checkpoint at or past the event, which is when the read model's rows are visible.
 */
export async function measureLag(options: LagRunOptions, projections: readonly string[]) {
  const feed = new CaseFeed(options.store, 'a0000000-0000-4000-8000', maxInFlight * 4);
  const pending = new Map<number, Pending>();
  const lags = { all: [] as number[], byProjection: new Map<string, number[]>() };
  const appendLatency: number[] = [];
  const started = performance.now();
  const warmUpEnd = started + options.warmUpSeconds * 1000;
  const end = started + options.seconds * 1000;
  let issued = 0;
  let events = 0;
  let inFlight = 0;
  const writes: Promise<void>[] = [];

  const appendOne = async () => {
    inFlight += 1;
    const begun = performance.now();
    try {
      const done = await feed.appendNext();
      const now = performance.now();
      appendLatency.push(now - begun);
      events += done.events;
      for (const position of done.globalPositions) {
        pending.set(position, { committedAt: now, counted: now >= warmUpEnd, passed: new Map() });
      }
    } finally {
      inFlight -= 1;
    }
  };

  const monitor = startMonitor(options, projections, pending, lags);
  while (performance.now() < end) {
    const due = Math.floor(((performance.now() - started) / 1000) * options.appendsPerSecond);
    while (issued < due && inFlight < maxInFlight) {
      issued += 1;
      writes.push(appendOne());
    }
    await sleep(2);
  }
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(writes);
  await monitor.drain();
  return {
    appendsPerSecond: issued / seconds,
    eventsPerSecond: events / seconds,
    all: percentile(lags.all),
    byProjection: new Map(
      [...lags.byProjection].map(([name, values]) => [name, percentile(values)]),
    ),
    appendLatency: percentile(appendLatency),
    measuredEvents: lags.all.length,
  } satisfies LagResult;
}

/** Polls which pending events each active generation's checkpoint has passed. */
function startMonitor(
  options: LagRunOptions,
  projections: readonly string[],
  pending: Map<number, Pending>,
  lags: { all: number[]; byProjection: Map<string, number[]> },
) {
  let stopping = false;
  let giveUpAt = Number.POSITIVE_INFINITY;
  const record = (name: string, lag: number) => {
    const values = lags.byProjection.get(name) ?? [];
    values.push(lag);
    lags.byProjection.set(name, values);
  };
  const poll = async () => {
    const positions = [...pending.keys()];
    if (positions.length === 0) return;
    const rows = await options.dataSource.query<{ global_position: string; name: string }[]>(
      `SELECT e.global_position, s.name
         FROM events e
         CROSS JOIN projection_status s
         JOIN checkpoints c ON c.subscription_id = 'projection:' || s.name || ':g' || s.generation
        WHERE e.global_position = ANY($1::bigint[])
          AND (e.transaction_id, e.global_position) <= (c.transaction_id, c.global_position)`,
      [positions],
    );
    const seenAt = performance.now();
    for (const row of rows) {
      const position = Number(row.global_position);
      const event = pending.get(position);
      if (!event || event.passed.has(row.name)) continue;
      event.passed.set(row.name, seenAt);
      if (event.counted) record(row.name, seenAt - event.committedAt);
      if (event.passed.size < projections.length) continue;
      pending.delete(position);
      if (event.counted) lags.all.push(seenAt - event.committedAt);
    }
  };
  const running = (async () => {
    while (!stopping || pending.size > 0) {
      if (performance.now() > giveUpAt) {
        throw new Error(`${pending.size} events still not projected 60 s after the writes`);
      }
      await poll();
      await sleep(options.monitorIntervalMs);
    }
  })();
  return {
    /** Waits until every appended event has passed every projection. */
    async drain() {
      stopping = true;
      giveUpAt = performance.now() + 60_000;
      await running;
    },
  };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
