import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class MissingColumnResponse {
  @ApiProperty({ example: 'term' })
  key!: string;

  @ApiProperty({ example: 'Description of specimens (CITES term code)' })
  header!: string;
}

export class CaseGapsResponse {
  @ApiProperty()
  caseId!: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  reference!: string | null;

  @ApiProperty({ example: '/admin/#/cases/0b5c…/show', description: 'The case in the console.' })
  link!: string;

  @ApiProperty({ type: [MissingColumnResponse] })
  missing!: MissingColumnResponse[];
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
