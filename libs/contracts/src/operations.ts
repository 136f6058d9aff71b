/** Where a projection stands: applying events, filling new tables, stopped at a failing event, paused. */
export const projectionStatuses = ['active', 'rebuilding', 'failed', 'paused'] as const;
export type ProjectionStatus = (typeof projectionStatuses)[number];

/** GET /api/projections: one projection, for the operations page. */
export interface ProjectionState {
  /** The projection name (the react-admin id). */
  readonly id: string;
  readonly name: string;
  readonly status: ProjectionStatus;
  /** Generation of the tables readers see; a rebuild adds one. */
  readonly generation: number;
  /** Global position of the newest event the active tables applied. */
  readonly checkpoint: number;
  readonly headPosition: number;
  readonly lagEvents: number;
  readonly lagSeconds: number;
  /** Set while a rebuild fills new tables. */
  readonly buildingGeneration?: number;
  readonly failedEventId?: string;
  readonly failedPosition?: number;
  readonly error?: string;
  readonly updatedAt: string;
}

/** GET /api/dead-letters: a job that ran out of retries, kept for administrators. */
export interface DeadLetter {
  /** `<handler>.<eventId>`: retried under the same id. */
  readonly id: string;
  readonly queue: string;
  readonly jobName: string;
  readonly handler: string;
  readonly eventId: string;
  readonly attempts: number;
  readonly error: string;
  readonly failedAt: string;
  readonly retriedAt?: string;
}
