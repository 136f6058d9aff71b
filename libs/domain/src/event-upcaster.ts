/**
 * Turns the data of an event stored at `(eventType, fromVersion)` into its next schema version,
 * possibly under a new type name; the event store applies them in chains on every read.
 */
export interface EventUpcaster {
  readonly eventType: string;
  readonly fromVersion: number;
  readonly upcast: (data: unknown) => { readonly data: unknown; readonly type?: string };
}
