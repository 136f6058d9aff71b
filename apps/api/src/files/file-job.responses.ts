import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type ExportFormat,
  exportFormats,
  type ExportStatus,
  type FileJobProgress,
  type FileJobStatus,
  fileJobStatuses,
} from '@greenchain/contracts';

export type FileJobState = FileJobStatus;

/** What starting an export or import answers: follow it at its id. */
export class FileJobQueuedResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: fileJobStatuses, description: 'queued, or further on for a repeat.' })
  status!: FileJobState;
}

class FileJobProgressResponse implements FileJobProgress {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: fileJobStatuses })
  status!: FileJobState;

  @ApiProperty({ description: 'Progress: done of total (the job reports a percentage).' })
  done!: number;

  @ApiProperty({ example: 100 })
  total!: number;

  @ApiPropertyOptional({ description: 'Why the job failed.' })
  error?: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiPropertyOptional({ format: 'date-time' })
  finishedAt?: string;
}

export class ExportStatusResponse extends FileJobProgressResponse implements ExportStatus {
  @ApiProperty({ enum: exportFormats })
  format!: ExportFormat;
}

class ImportRowErrorResponse {
  @ApiProperty({ description: 'Line of the file; the header is line 1.', example: 3 })
  row!: number;

  @ApiProperty({ description: 'The column to fix, when one is to blame.', nullable: true })
  field!: string | null;

  @ApiProperty({ example: 'case/invalid-quantity' })
  code!: string;

  @ApiProperty()
  detail!: string;
}

export class ImportStatusResponse extends FileJobProgressResponse {
  @ApiProperty({ description: 'Rows recorded as cases.' })
  accepted!: number;

  @ApiProperty({ description: 'Rows refused; each has its errors below.' })
  rejected!: number;

  @ApiProperty({ type: [ImportRowErrorResponse] })
  errors!: ImportRowErrorResponse[];
}
