import { ApiProperty } from '@nestjs/swagger';
import { deadlineSteps, type DeadlineStep } from '@greenchain/contracts';
import { DisclosedRowResponse, HiddenCount } from './hidden-figures';

/** One pending step of one group at the as-of date. */
export class StalledRowResponse extends DisclosedRowResponse {
  @ApiProperty({ example: 'KE/charge_decision' })
  id!: string;

  @ApiProperty({ example: 'KE' })
  group!: string;

  @ApiProperty({ enum: deadlineSteps })
  step!: DeadlineStep;

  @ApiProperty({
    enum: ['case', 'defendant'],
    description: 'Decisions are counted in cases, the verdict in charged defendants.',
  })
  unit!: 'case' | 'defendant';

  @HiddenCount('Waiting for the step on the as-of day.')
  pending!: number | null;

  @HiddenCount('Waiting past the deadline of their country (the deadline day itself is not).')
  stalled!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Median days since the clock started, over the pending ones.',
  })
  medianDaysInStep!: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Longest wait among the pending.' })
  maxDaysInStep!: number | null;

  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'Median days past the deadline, over the stalled ones.',
  })
  medianDaysOverdue!: number | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Most days past the deadline.' })
  maxDaysOverdue!: number | null;
}
