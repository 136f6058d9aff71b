import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { missingFactReasons, type MissingFactReason } from '@greenchain/contracts';

export class MissingColumnResponse {
  @ApiProperty({ example: 'term' })
  key!: string;

  @ApiProperty({ example: 'Description of specimens (CITES term code)' })
  header!: string;
}

export class ExplainedColumnResponse extends MissingColumnResponse {
  @ApiProperty({ enum: missingFactReasons })
  reason!: MissingFactReason;
}

export class CaseGapsResponse {
  @ApiProperty()
  caseId!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  reference!: string | null;

  @ApiProperty({ example: '/admin/#/cases/0b5c…/show', description: 'The case in the console.' })
  link!: string;

  @ApiProperty({ type: [MissingColumnResponse], description: 'Gaps nobody explained yet.' })
  missing!: MissingColumnResponse[];

  @ApiProperty({
    type: [ExplainedColumnResponse],
    description: 'Gaps the case says why (POST /api/cases/{caseId}/report-gaps).',
  })
  explained!: ExplainedColumnResponse[];
}

export class ReportValidationResponse {
  @ApiProperty({ example: 'cites-aitr' })
  format!: string;

  @ApiProperty({ example: 1 })
  templateVersion!: number;

  @ApiProperty({ example: 'KE' })
  country!: string;

  @ApiProperty({ example: 2024 })
  year!: number;

  @ApiProperty({ description: 'Cases the report covers.' })
  cases!: number;

  @ApiProperty({ type: [CaseGapsResponse], description: 'Cases with a required column empty.' })
  incomplete!: CaseGapsResponse[];
}
