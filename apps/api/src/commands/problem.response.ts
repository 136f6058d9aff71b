import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class FieldProblemResponse {
  @ApiProperty({ example: 'items[0].quantity.unit' })
  field!: string;

  @ApiProperty()
  message!: string;
}

/** RFC 9457 problem details as every error leaves the API (application/problem+json). */
export class ProblemResponse {
  @ApiProperty({ example: 'urn:greenchain:problem:case/not-referred' })
  type!: string;

  @ApiProperty({ example: 'Unprocessable Entity' })
  title!: string;

  @ApiProperty({ example: 422 })
  status!: number;

  @ApiProperty({ description: 'Stable code clients switch on.', example: 'case/not-referred' })
  code!: string;

  @ApiPropertyOptional()
  detail?: string;

  @ApiPropertyOptional({ example: '/api/cases/0b6f.../defendants/9c1e.../charges' })
  instance?: string;

  @ApiPropertyOptional({ description: 'The input that broke the rule.', example: 'partyId' })
  field?: string;

  @ApiPropertyOptional({ type: [FieldProblemResponse], description: 'Every failing field (400).' })
  errors?: FieldProblemResponse[];

  @ApiPropertyOptional({ description: 'On 409/412: the version the record is at.' })
  currentVersion?: number;
}
