import { OptionalText, OptionalTextList } from '../../commands/bodies/text.decorators';

/** Countries as ISO 3166-1 alpha-2 codes. */
export class RouteBody {
  @OptionalText(2, 'Country of origin.', 'CN')
  origin?: string;

  @OptionalText(2, 'Country of departure.')
  departure?: string;

  @OptionalTextList(20, 'Transit countries in order.')
  transit?: string[];

  @OptionalText(2, 'Country of destination.', 'KE')
  destination?: string;
}
