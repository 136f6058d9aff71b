import { type AddPartyData } from '@greenchain/domain';
import { type BuildContext, fieldsOf } from '../../commands/command.request';
import { PartyFields } from './party.fields';

export class AddPartyRequest extends PartyFields {
  toData({ ids }: BuildContext): AddPartyData {
    return { ...fieldsOf(this), partyId: ids.next('partyId') };
  }
}
