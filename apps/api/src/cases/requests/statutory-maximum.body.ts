import { MoneyBody } from '../../commands/bodies/money.body';
import { Nested, WholeNumber } from '../../commands/bodies/text.decorators';

export class StatutoryMaximumBody {
  @Nested(() => MoneyBody, 'The highest fine the statute allows.', true)
  fine?: MoneyBody;

  @WholeNumber('The longest term the statute allows, in months.', true)
  imprisonmentMonths?: number;
}
