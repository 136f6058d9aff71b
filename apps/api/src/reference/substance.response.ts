import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { montrealAnnex, type OdsSubstance } from '@greenchain/reference-data';

/**
 * A controlled substance offered while typing. Its name is the designation officers and labels
 * use (ASHRAE numbers for refrigerants); the reference data has no chemical formulas.
 */
export class SubstanceResponse {
  @ApiProperty({ example: 'HCFC-22' })
  name!: string;

  @ApiPropertyOptional({ example: 'C', description: 'Montreal Protocol Annex; none for blends.' })
  annex?: string;

  @ApiPropertyOptional({ example: 'I', description: 'Group within the Annex, where it has one.' })
  group?: string;

  @ApiPropertyOptional({ example: '2903.71', description: 'HS 2022 subheading.' })
  hs?: string;

  @ApiProperty({
    type: [String],
    description: 'For blends: the subheadings it may fall under, by composition.',
  })
  hsCandidates!: readonly string[];

  @ApiPropertyOptional()
  note?: string;
}

export function substanceResponse(substance: OdsSubstance): SubstanceResponse {
  return {
    name: substance.name,
    ...montrealAnnex(substance.group),
    ...(substance.hs !== null && { hs: substance.hs }),
    hsCandidates: substance.hsCandidates ?? [],
    ...(substance.notes !== undefined && { note: substance.notes }),
  };
}
