import { textLimits } from '@greenchain/contracts';
import { Text } from '../../commands/bodies/text.decorators';

/** A custodian: a user or a unit (store, laboratory, court registry) of an agency. */
export class HolderBody {
  @Text(100, 'User id or unit code of the custodian.', 'KRA-MSA-EXHIBIT-STORE')
  holderId!: string;

  @Text(textLimits.shortName, 'The custodian’s agency.', 'Kenya Revenue Authority - Customs')
  agency!: string;

  @Text(2, 'ISO 3166-1 alpha-2.', 'KE')
  country!: string;
}
