import { ApiProperty } from '@nestjs/swagger';

/** A sentence whose fine is below the defendant's share of the case value; no personal field. */
export class WeakSentenceResponse {
  @ApiProperty({
    example: '0b6f6c3e-2d7a-4a53-9d0e-5f0f7c6f1c2a/1',
    description: "The case id and the defendant's place among the case's weak sentences.",
  })
  id!: string;

  @ApiProperty({ description: 'The case id.' })
  caseId!: string;

  @ApiProperty({ nullable: true, type: String, example: 'KRA/MSA/2024/0173' })
  reference!: string | null;

  @ApiProperty({ example: 'KE' })
  country!: string;

  @ApiProperty({ type: [String], example: ['MP'] })
  agreements!: readonly string[];

  @ApiProperty({ type: [String], example: ['ods'] })
  commodityGroups!: readonly string[];

  @ApiProperty({
    nullable: true,
    type: String,
    example: '2024-05-10',
    description:
      "The day of the sentence in force (for a sentence varied on appeal, the appeal's).",
  })
  sentencedOn!: string | null;

  @ApiProperty({ example: 1000, description: 'The fine of the sentence in force, in USD.' })
  fineUsd!: number;

  @ApiProperty({
    example: 13600,
    description: 'The case value in USD ÷ the defendants finally convicted in the case.',
  })
  shareUsd!: number;

  @ApiProperty({ example: 0.0735, description: 'fineUsd ÷ shareUsd, below 1.' })
  fineToShare!: number;

  @ApiProperty({
    description: "A provisional rate (a year after the rate table's latest) entered an amount.",
  })
  provisional!: boolean;
}
