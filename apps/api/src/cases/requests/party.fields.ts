import { textLimits } from '@greenchain/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ageBands,
  partyKinds,
  partySexes,
  type AgeBand,
  type PartyKind,
  type PartySex,
} from '@greenchain/domain';
import { IsIn, IsOptional } from 'class-validator';
import { Nested, OptionalText, Text } from '../../commands/bodies/text.decorators';
import { DateOrderedRequest } from '../../commands/command.request';
import { IdDocumentBody } from './id-document.body';

/**
 * A defendant, a natural or legal person. A person's name, birth date, document, address and contact
 * are personal: stored encrypted per party, erasable, and each read of them is logged. Sex and age
 * band, like nationality, are categories that identify no one: the reports count them.
 */
export abstract class PartyFields extends DateOrderedRequest {
  @ApiProperty({ enum: partyKinds })
  @IsIn(partyKinds)
  kind!: PartyKind;

  @Text(50, 'A code of the partyRoles list.', 'consignee')
  role!: string;

  @Text(textLimits.name, 'Full name (personal for a person).', 'John Kamau')
  name!: string;

  @OptionalText(2, 'ISO 3166-1 alpha-2.')
  nationality?: string;

  @OptionalText(2, 'ISO 3166-1 alpha-2.')
  country?: string;

  @ApiPropertyOptional({
    enum: partySexes,
    description: "A person's sex, for the offender statistics (unknown: not established).",
  })
  @IsOptional()
  @IsIn(partySexes)
  sex?: PartySex;

  @ApiPropertyOptional({
    enum: ageBands,
    description:
      "A person's age band at the time of the offence: juvenile under the age of criminal majority.",
  })
  @IsOptional()
  @IsIn(ageBands)
  ageBand?: AgeBand;

  @OptionalText(10, 'YYYY-MM-DD (personal).')
  dateOfBirth?: string;

  @Nested(() => IdDocumentBody, 'Identity document (personal).', true)
  idDocument?: IdDocumentBody;

  @OptionalText(textLimits.identifier, 'Company registration number.')
  registrationNumber?: string;

  @OptionalText(textLimits.address, 'Address (personal for a person).')
  address?: string;

  @OptionalText(textLimits.name, 'Contact (personal).')
  contact?: string;
}
