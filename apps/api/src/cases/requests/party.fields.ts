import { textLimits } from '@greenchain/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { partyKinds, type PartyKind } from '@greenchain/domain';
import { IsIn } from 'class-validator';
import { Nested, OptionalText, Text } from '../../commands/bodies/text.decorators';
import { DateOrderedRequest } from '../../commands/command.request';
import { IdDocumentBody } from './id-document.body';

/**
 * A defendant, a natural or legal person. A person's name, birth date, document, address and contact
 * are personal: stored encrypted per party, erasable, and each read of them is logged.
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
