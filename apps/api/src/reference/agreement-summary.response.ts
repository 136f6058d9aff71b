import { ApiProperty } from '@nestjs/swagger';
import { agreement, type AgreementCode } from '@greenchain/reference-data';

export class AgreementSummaryResponse {
  @ApiProperty({ example: 'MP' })
  code!: string;

  @ApiProperty({ example: 'Montreal Protocol on Substances that Deplete the Ozone Layer' })
  name!: string;
}

export function agreementSummaries(codes: readonly AgreementCode[]): AgreementSummaryResponse[] {
  return codes.map((code) => ({ code, name: agreement(code)?.name ?? code }));
}
