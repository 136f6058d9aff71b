import { type FileChargesData } from '@greenchain/domain';
import { NestedList } from '../../commands/bodies/text.decorators';
import { type BuildContext, DateOrderedRequest, fieldsOf } from '../../commands/command.request';
import { ChargeBody } from './charge.body';

export class FileChargesRequest extends DateOrderedRequest {
  @NestedList(() => ChargeBody, 50, 'The counts against this defendant.')
  charges!: ChargeBody[];

  toData({ ids }: BuildContext, partyId: string): FileChargesData {
    const fields = fieldsOf(this);
    return {
      ...fields,
      partyId,
      charges: fields.charges.map((charge, index) => ({
        ...charge,
        chargeId: ids.next(`chargeId.${index}`),
      })),
    };
  }
}
