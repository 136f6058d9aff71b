/** Where an export or import job stands. */
export const fileJobStatuses = ['queued', 'running', 'done', 'failed'] as const;
export type FileJobStatus = (typeof fileJobStatuses)[number];

export const exportFormats = ['csv', 'xlsx'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The progress every file job answers with. */
export interface FileJobProgress {
  readonly id: string;
  readonly status: FileJobStatus;
  /** Done of total (the job reports a percentage). */
  readonly done: number;
  readonly total: number;
  /** Why the job failed. */
  readonly error?: string;
  readonly createdAt: string;
  readonly finishedAt?: string;
}

/** GET /api/exports/:id: an export of the case list and how far it got. */
export interface ExportStatus extends FileJobProgress {
  readonly format: ExportFormat;
}
