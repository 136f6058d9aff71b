import { IntersectionType } from '@nestjs/swagger';
import { type ImposeSentenceData } from '@greenchain/domain';
import { type BuildContext, DateOrderedRequest, fieldsOf } from '../../commands/command.request';
import { SentenceBody, sentenceDetails } from './sentence.body';

export class ImposeSentenceRequest extends IntersectionType(DateOrderedRequest, SentenceBody) {
  toData({ ids }: BuildContext, partyId: string): ImposeSentenceData {
    return { ...sentenceDetails(fieldsOf(this)), partyId, sentenceId: ids.next('sentenceId') };
  }
}
