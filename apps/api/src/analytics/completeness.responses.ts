import { ApiProperty } from '@nestjs/swagger';
import { DisclosedRowResponse, HiddenCount, HiddenFigure } from './hidden-figures';

/** How many of a group's cases have each fact recorded at the as-of date, and what share. */
export class CompletenessRowResponse extends DisclosedRowResponse {
  @ApiProperty({ example: 'KE' })
  id!: string;

  @ApiProperty({ example: 'KE' })
  group!: string;

  @HiddenCount('Cases seized by the as-of date.')
  cases!: number | null;

  @HiddenCount('Cases whose every item has an estimated value.')
  valueRecorded!: number | null;

  @HiddenFigure('valueRecorded / cases.')
  valueShare!: number | null;

  @HiddenCount(
    'Cases settled administratively, or whose every defendant has a terminal outcome (convicted awaiting sentence is not one).',
  )
  outcomeRecorded!: number | null;

  @HiddenFigure('outcomeRecorded / cases.')
  outcomeShare!: number | null;

  @HiddenCount('Cases with at least one disposal of the seized goods.')
  disposalRecorded!: number | null;

  @HiddenFigure('disposalRecorded / cases.')
  disposalShare!: number | null;
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
