import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AgreementSummaryResponse } from './agreement-summary.response';

/** What an HS code suggests; indicative only (the mapping is not the WCO table). */
export class HsCodeAgreementsResponse {
  @ApiProperty({ example: '2903.71' })
  code!: string;

  @ApiPropertyOptional({ description: 'The HS chapter title.' })
  chapter?: string;

  @ApiPropertyOptional({ description: 'The reference entry matched (subheading or heading).' })
  description?: string;

  @ApiProperty({ type: [AgreementSummaryResponse] })
  agreements!: AgreementSummaryResponse[];

  @ApiProperty({ type: [String], description: 'ODS substances under this code, if any.' })
  odsSubstances!: string[];
}
