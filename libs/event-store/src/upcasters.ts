/** An event on its way to the reader: what upcasters see and produce. */
export interface UpcastableEvent {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/**
 * Turns an event stored at `(eventType, fromVersion)` into its next schema version (`fromVersion + 1`),
 * possibly under a new type name. Stored events are never rewritten; upcasting happens on every read.
 */
export interface Upcaster {
  readonly eventType: string;
  readonly fromVersion: number;
  readonly upcast: (data: unknown) => { readonly data: unknown; readonly type?: string };
}

/** Upcasters by `(event type, schema version)`, applied in chains until no upcaster matches. */
export class UpcasterRegistry {
  private readonly byKey = new Map<string, Upcaster>();

  constructor(upcasters: readonly Upcaster[] = []) {
    for (const upcaster of upcasters) {
      const key = keyOf(upcaster.eventType, upcaster.fromVersion);
      if (this.byKey.has(key)) throw new Error(`two upcasters for ${key}`);
      this.byKey.set(key, upcaster);
    }
  }

  upcast<Event extends UpcastableEvent>(event: Event): Event {
    let current = event;
    for (;;) {
      const upcaster = this.byKey.get(keyOf(current.type, current.schemaVersion));
      if (!upcaster) return current;
      const next = upcaster.upcast(current.data);
      current = {
        ...current,
        type: next.type ?? current.type,
        schemaVersion: current.schemaVersion + 1,
        data: next.data,
      };
    }
  }
}

function keyOf(eventType: string, schemaVersion: number): string {
  return `${eventType}@v${schemaVersion}`;
}
