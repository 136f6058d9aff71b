import { ApiProperty } from '@nestjs/swagger';

/** How many of a group's cases have each fact recorded at the as-of date, and what share. */
export class CompletenessRowResponse {
  @ApiProperty({ example: 'KE' })
  id!: string;

  @ApiProperty({ example: 'KE' })
  group!: string;

  @ApiProperty({ description: 'Cases seized by the as-of date.' })
  cases!: number;

  @ApiProperty({ description: 'Cases whose every item has an estimated value.' })
  valueRecorded!: number;

  @ApiProperty({ example: 0.75, description: 'valueRecorded / cases.' })
  valueShare!: number;

  @ApiProperty({
    description:
      'Cases settled administratively, or whose every defendant has a terminal outcome (convicted awaiting sentence is not one).',
  })
  outcomeRecorded!: number;

  @ApiProperty({ example: 0.5, description: 'outcomeRecorded / cases.' })
  outcomeShare!: number;

  @ApiProperty({ description: 'Cases with at least one disposal of the seized goods.' })
  disposalRecorded!: number;

  @ApiProperty({ example: 0.25, description: 'disposalRecorded / cases.' })
  disposalShare!: number;
}

/** A case of the officer's country missing a fact, to find and complete it. */
export class IncompleteCaseResponse {
  @ApiProperty({ description: 'The case id.' })
  id!: string;

  @ApiProperty({ nullable: true, type: String, example: 'KRA/MSA/2024/0173' })
  reference!: string | null;

  @ApiProperty({ example: 'KE' })
  country!: string;

  @ApiProperty({ nullable: true, type: String, example: '2024-03-01' })
  seizedOn!: string | null;
}
