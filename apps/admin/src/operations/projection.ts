export const projectionStatuses = ['active', 'rebuilding', 'failed', 'paused'] as const;
export type ProjectionStatus = (typeof projectionStatuses)[number];

export interface Projection {
  readonly id: string;
  readonly name: string;
  readonly status: ProjectionStatus;
  readonly generation: number;
  readonly checkpoint: number;
  readonly headPosition: number;
  readonly lagEvents: number;
  readonly lagSeconds: number;
  readonly failedEventId?: string | null;
  readonly failedPosition?: number | null;
  readonly error?: string | null;
  readonly updatedAt: string;
}
