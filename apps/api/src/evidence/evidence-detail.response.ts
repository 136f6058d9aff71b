import { ApiProperty } from '@nestjs/swagger';
import { type EvidenceDetail, type EvidenceStatus, evidenceStatuses } from '@greenchain/contracts';
import { TimelineEntryResponse } from '../records/timeline-entry.response';

class CustodyLinkResponse {
  @ApiProperty()
  holderId!: string;

  @ApiProperty({ description: 'Business time from which this custodian held it.' })
  since!: string;
}

/** An exhibit folded from its stream, with its custody chain. */
export class EvidenceDetailResponse implements EvidenceDetail {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  streamId!: string;

  @ApiProperty({ description: 'Stream version; also the ETag to send as If-Match.' })
  version!: number;

  @ApiProperty({ enum: evidenceStatuses })
  status!: EvidenceStatus;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({ type: [CustodyLinkResponse], description: 'Every custodian in order.' })
  custody!: CustodyLinkResponse[];

  @ApiProperty({
    description: 'The folded state: registration, holder, seals, transfers, examinations ...',
  })
  state!: unknown;

  @ApiProperty({ type: [TimelineEntryResponse] })
  timeline!: TimelineEntryResponse[];
}
