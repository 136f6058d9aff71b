import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type CitesSpecies } from '@greenchain/reference-data';

class CitesExceptionResponse {
  @ApiProperty({ example: 'Loxodonta africana' })
  taxon!: string;

  @ApiProperty({ example: 'II' })
  appendix!: string;

  @ApiPropertyOptional({
    example: ['BW', 'NA', 'ZA', 'ZW'],
    description: 'Country codes, or words when the source gives no list.',
    oneOf: [{ type: 'array', items: { type: 'string' } }, { type: 'string' }],
  })
  populations?: readonly string[] | string;
}

/** A CITES listing offered while typing; indicative, the legal text is the Appendices. */
export class CitesSpeciesResponse {
  @ApiProperty({ example: 'Manis spp.' })
  scientificName!: string;

  @ApiPropertyOptional({ example: 'Pangolins' })
  commonName?: string;

  @ApiProperty({
    example: 'I',
    description: 'I, II or III; "I/II" when it depends on the species.',
  })
  appendix!: string;

  @ApiProperty({ example: ['SCA', 'MEA', 'LIV'], description: 'CITES term codes usually seized.' })
  typicalTerms!: readonly string[];

  @ApiPropertyOptional({ type: [String], example: ['Aliger gigas'] })
  synonyms?: readonly string[];

  @ApiPropertyOptional({
    example: '0301.92',
    description: 'The usual HS code, where there is one.',
  })
  hs?: string;

  @ApiPropertyOptional({ type: [CitesExceptionResponse] })
  exceptions?: CitesExceptionResponse[];

  @ApiPropertyOptional()
  note?: string;
}

export function citesSpeciesResponse(entry: CitesSpecies): CitesSpeciesResponse {
  const { scientificName, commonName, appendix, typicalTerms, synonyms, hs, exceptions, note } =
    entry;
  return {
    scientificName,
    ...(commonName !== null && { commonName }),
    appendix,
    typicalTerms,
    ...(synonyms !== undefined && { synonyms }),
    ...(hs !== undefined && { hs }),
    ...(exceptions !== undefined && {
      exceptions: exceptions.map(({ taxon, appendix: listed, populations }) => ({
        taxon,
        appendix: listed,
        ...(populations !== undefined && { populations }),
      })),
    }),
    ...(note !== undefined && { note }),
  };
}
