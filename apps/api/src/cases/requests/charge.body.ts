import { textLimits } from '@greenchain/contracts';
import { OptionalText, Text } from '../../commands/bodies/text.decorators';

/** One count; the server gives it a chargeId. */
export class ChargeBody {
  @Text(textLimits.name, 'The statute.', 'EMCA 1999')
  statute!: string;

  @Text(textLimits.identifier, 'The section.', 's. 142')
  section!: string;

  @Text(20, 'ICCS Section 10 class.', '1001')
  iccsClass!: string;

  @OptionalText(textLimits.note)
  description?: string;
}
