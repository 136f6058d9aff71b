import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type CaseDetail,
  type CaseStage,
  caseStages,
  type ChainOutcome,
  chainOutcomes,
  type DefendantStatus,
  stepStatuses,
  type StepStatus,
} from '@greenchain/contracts';
import { TimelineEntryResponse } from '../records/timeline-entry.response';

class StepResponse {
  @ApiProperty({ enum: caseStages })
  stage!: CaseStage;

  @ApiProperty({ enum: stepStatuses })
  status!: StepStatus;
}

/** A case folded from its stream: state, where the chain stands, and every fact in order. */
export class CaseDetailResponse implements CaseDetail {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  streamId!: string;

  @ApiProperty({ description: 'Stream version; also the ETag to send as If-Match.' })
  version!: number;

  @ApiPropertyOptional({
    description: 'Only events of a business date on or before it were folded.',
  })
  asOf?: string;

  @ApiProperty({
    enum: ['included', 'redacted'],
    description: 'Whether party personal fields are shown.',
  })
  personalData!: 'included' | 'redacted';

  @ApiProperty({ enum: caseStages })
  stage!: CaseStage;

  @ApiProperty({ enum: chainOutcomes, description: 'How the chain stands as a whole.' })
  outcome!: ChainOutcome;

  @ApiProperty({ description: 'Per defendant (partyId): status and stage.' })
  defendants!: Record<string, { status: DefendantStatus; stage: string }>;

  @ApiProperty({
    type: [StepResponse],
    description:
      'The chain stepper: each stage done, current, upcoming, or skipped (a settlement the case did not take, or stages a closure cut short).',
  })
  stepper!: StepResponse[];

  @ApiProperty({
    description:
      'The folded case state (seizure, items, parties, referral, hearings, sentences, shares ...).',
  })
  state!: unknown;

  @ApiProperty({ type: [TimelineEntryResponse] })
  timeline!: TimelineEntryResponse[];
}
