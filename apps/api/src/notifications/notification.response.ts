import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type OutcomeNotification } from '@greenchain/contracts';

/** An outcome of one of the office's cases, told in the console. */
export class NotificationResponse implements OutcomeNotification {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  caseId!: string;

  @ApiProperty({
    nullable: true,
    type: String,
    description: "The agency's reference of the case, once the case list has it.",
  })
  caseReference!: string | null;

  @ApiProperty({
    enum: [
      'prosecution_declined',
      'charges_filed',
      'charges_withdrawn',
      'verdict',
      'sentence',
      'appeal_decided',
      'case_closed',
    ],
  })
  kind!: string;

  @ApiProperty({ example: 'Verdict recorded' })
  title!: string;

  @ApiProperty({ example: 'A court recorded a verdict in case KRA/MSA/2024/0173.' })
  detail!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the office marked it read.' })
  readAt?: string;
}
