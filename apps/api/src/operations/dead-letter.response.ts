import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type DeadLetter } from '@greenchain/contracts';

/** A job that ran out of retries, kept for administrators. */
export class DeadLetterResponse implements DeadLetter {
  @ApiProperty({
    description: 'The job id, <handler>.<eventId>: retried under the same id.',
    example: 'outcome-webhook.0b6f5a0e-6c1d-4f7e-9a57-1b2c3d4e5f60',
  })
  id!: string;

  @ApiProperty({ example: 'event-jobs' })
  queue!: string;

  @ApiProperty({ example: 'outcome-webhook' })
  jobName!: string;

  @ApiProperty({ example: 'outcome-webhook' })
  handler!: string;

  @ApiProperty({ format: 'uuid', description: 'The event the job derives from.' })
  eventId!: string;

  @ApiProperty()
  attempts!: number;

  @ApiProperty({ description: 'The last attempt’s error.' })
  error!: string;

  @ApiProperty({ format: 'date-time' })
  failedAt!: string;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Never set: a retried job leaves the list, and comes back if it fails again.',
  })
  retriedAt?: string;
}

/** What a retry answers: the job is pending again under the same id. */
export class DeadLetterRetryResponse {
  @ApiProperty()
  id!: string;

  @ApiProperty({ enum: ['pending'] })
  status!: 'pending';
}
