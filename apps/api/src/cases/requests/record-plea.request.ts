import { type RecordPleaData } from '@greenchain/domain';
import { Text } from '../../commands/bodies/text.decorators';
import { DateOrderedRequest, fieldsOf } from '../../commands/command.request';

export class RecordPleaRequest extends DateOrderedRequest {
  @Text(50, 'A code of the pleas list.', 'not_guilty')
  plea!: string;

  toData(partyId: string): RecordPleaData {
    return { ...fieldsOf(this), partyId };
  }
}
