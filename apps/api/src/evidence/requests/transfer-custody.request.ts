import { textLimits } from '@greenchain/contracts';
import { type TransferCustodyData } from '@greenchain/domain';
import { Nested, OptionalText, Text } from '../../commands/bodies/text.decorators';
import { type BuildContext, DateOrderedRequest, fieldsOf } from '../../commands/command.request';
import { HolderBody } from './holder.body';

/** A handover from the current custodian, both parties named; the seal number while sealed. */
export class TransferCustodyRequest extends DateOrderedRequest {
  @Text(100, 'The current custodian.')
  fromHolderId!: string;

  @Nested(() => HolderBody, 'The new custodian.')
  to!: HolderBody;

  @Text(textLimits.name, 'Where the handover took place.')
  place!: string;

  @Text(textLimits.note, 'Condition at handover.', 'seal intact')
  condition!: string;

  @OptionalText(textLimits.identifier, 'The seal number both parties saw.')
  sealNumber?: string;

  toData({ ids }: BuildContext): TransferCustodyData {
    return { ...fieldsOf(this), transferId: ids.next('transferId') };
  }
}
