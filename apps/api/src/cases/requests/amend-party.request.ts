import { type AmendPartyData } from '@greenchain/domain';
import { fieldsOf } from '../../commands/command.request';
import { PartyFields } from './party.fields';

export class AmendPartyRequest extends PartyFields {
  toData(partyId: string): AmendPartyData {
    return { ...fieldsOf(this), partyId };
  }
}
