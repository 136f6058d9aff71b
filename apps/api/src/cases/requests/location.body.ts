import { textLimits } from '@greenchain/contracts';
import { Text } from '../../commands/bodies/text.decorators';

export class LocationBody {
  @Text(textLimits.name, 'Where the goods were seized.', 'Port of Mombasa')
  name!: string;

  @Text(50, 'A code of the locationTypes list.', 'seaport')
  type!: string;
}
