import { ApiProperty } from '@nestjs/swagger';
import {
  securityAuditKinds,
  securityAuditOutcomes,
  type SecurityAuditKind,
  type SecurityAuditOutcome,
  type SecurityAuditRecord,
} from '@greenchain/contracts';

export class SecurityAuditRecordResponse implements SecurityAuditRecord {
  @ApiProperty({ description: 'Global position of the event: the order of recording.' })
  id!: string;

  @ApiProperty({ enum: securityAuditKinds })
  kind!: SecurityAuditKind;

  @ApiProperty({ enum: securityAuditOutcomes })
  outcome!: SecurityAuditOutcome;

  @ApiProperty({ nullable: true, type: String, description: 'Null when nobody was signed in.' })
  actorUserId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  actorRole!: string | null;

  @ApiProperty({ nullable: true, type: String, description: 'The account the entry is about.' })
  userId!: string | null;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The case, export, webhook or data subject the entry is about.',
  })
  targetId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  clientAddress!: string | null;

  @ApiProperty({ nullable: true, type: String })
  userAgent!: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The rest of the entry (before/after of a change, a reason); no personal value.',
  })
  details!: Readonly<Record<string, unknown>>;

  @ApiProperty({ format: 'date-time' })
  recordedAt!: string;
}
