/** One fact of a case or an exhibit as the API shows it: what, who, business and recorded time. */
export interface TimelineEntry {
  readonly position: number;
  readonly type: string;
  readonly data: Record<string, unknown>;
  readonly actor?: {
    readonly userId: string;
    readonly role: string;
    readonly agency: string;
    readonly country: string;
  };
  readonly occurredAt?: string;
  readonly recordedAt: string;
}

/** A record the console writes to: its version is the If-Match of the next command. */
export interface VersionedRecord {
  readonly id: string;
  readonly version: number;
  readonly timeline: readonly TimelineEntry[];
}
