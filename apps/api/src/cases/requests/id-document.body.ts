import { textLimits } from '@greenchain/contracts';
import { OptionalText, Text } from '../../commands/bodies/text.decorators';

export class IdDocumentBody {
  @Text(textLimits.identifier, 'Document type, e.g. passport.')
  type!: string;

  @Text(textLimits.identifier, 'Document number (personal data).')
  number!: string;

  @OptionalText(2, 'Issuing country (ISO 3166-1 alpha-2).')
  country?: string;
}
