import { textLimits } from '@greenchain/contracts';
import { type SettleAdministrativelyData } from '@greenchain/domain';
import { Flag, OptionalText, TextList } from '../../commands/bodies/text.decorators';
import { type BuildContext, DateOrderedRequest, fieldsOf } from '../../commands/command.request';
import { type PenaltyLineBody } from './penalty-line.body';
import { PenaltyLines } from './penalty-lines.decorator';
import { penaltyLines } from './sentence.body';

export class SettleAdministrativelyRequest extends DateOrderedRequest {
  @TextList(50, 'The parties the settlement binds.')
  partyIds!: string[];

  @PenaltyLines(20, 'Administrative penalties (fine, costs, confiscation ...).')
  penaltyLines!: PenaltyLineBody[];

  @Flag('Whether the goods must be re-exported.')
  reExportOrder!: boolean;

  @OptionalText(textLimits.note)
  note?: string;

  toData({ ids }: BuildContext): SettleAdministrativelyData {
    const fields = fieldsOf(this);
    return {
      ...fields,
      penaltyLines: penaltyLines(fields.penaltyLines),
      settlementId: ids.next('settlementId'),
    };
  }
}
