import { OptionalText, Text } from '../../commands/bodies/text.decorators';

export class IdDocumentBody {
  @Text(100, 'Document type, e.g. passport.')
  type!: string;

  @Text(100, 'Document number (personal data).')
  number!: string;

  @OptionalText(2, 'Issuing country (ISO 3166-1 alpha-2).')
  country?: string;
}
