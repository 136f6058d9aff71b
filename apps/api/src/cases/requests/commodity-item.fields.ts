import { textLimits } from '@greenchain/contracts';
import { QuantityBody } from '../../commands/bodies/quantity.body';
import { MoneyBody } from '../../commands/bodies/money.body';
import {
  Nested,
  NestedList,
  OptionalText,
  Text,
  TextList,
  WholeNumber,
} from '../../commands/bodies/text.decorators';
import { DateOrderedRequest } from '../../commands/command.request';
import { CitesBody } from './cites.body';

/** What adding and amending an item share; the item id is generated or taken from the path. */
export abstract class CommodityItemFields extends DateOrderedRequest {
  @TextList(10, 'Agreement codes (MP, CITES, BASEL ...).', ['MP'])
  agreements!: string[];

  @OptionalText(12, 'HS code as declared.', '8415.10')
  hsDeclared?: string;

  @OptionalText(12, 'HS code as established.', '2903.71')
  hsEstablished?: string;

  @OptionalText(textLimits.note)
  descriptionDeclared?: string;

  @Text(textLimits.note, 'What the goods really are.', 'HCFC-22 in disposable cylinders')
  descriptionEstablished!: string;

  @OptionalText(textLimits.shortName, 'ODS or chemical name.', 'HCFC-22')
  substance?: string;

  @OptionalText(200, 'Scientific name of the species.')
  species?: string;

  @Nested(() => CitesBody, 'CITES details.', true)
  cites?: CitesBody;

  @OptionalText(20, 'Basel Annex code.')
  baselCode?: string;

  @NestedList(() => QuantityBody, 10, 'One or more quantities with units.')
  quantities!: QuantityBody[];

  @WholeNumber('Number of containers.', true)
  containers?: number;

  @WholeNumber('Number of live specimens.', true)
  liveCount?: number;

  @Nested(() => MoneyBody, 'Estimated value of the goods.', true)
  estimatedValue?: MoneyBody;

  @OptionalText(textLimits.name)
  valuationBasis?: string;
}
