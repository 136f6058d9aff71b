import { ApiProperty } from '@nestjs/swagger';
import { AgreementSummaryResponse } from './agreement-summary.response';

/** One HS code offered while typing, with what it suggests (indicative only). */
export class HsCodeSuggestionResponse {
  @ApiProperty({ example: '2903.71' })
  code!: string;

  @ApiProperty({ example: 'HCFC-22', description: 'A label, not the legal text of the HS.' })
  description!: string;

  @ApiProperty({ type: [AgreementSummaryResponse] })
  agreements!: AgreementSummaryResponse[];
}
