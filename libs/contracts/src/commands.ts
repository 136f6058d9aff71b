/** What every command route answers; the ETag header carries the same version. */
export interface CommandResult {
  readonly streamId: string;
  readonly id: string;
  readonly streamVersion: number;
  /** The last event's global position (wait for it in projections); null when nothing changed. */
  readonly globalPosition: number | null;
  /** Ids the server generated for what the command created (caseId, partyId ...). */
  readonly created: Readonly<Record<string, string>>;
  readonly replayed: boolean;
}
