import { textLimits } from '@greenchain/contracts';
import { ProblemException } from '@greenchain/platform';
import { type RecordSeizureData } from '@greenchain/domain';
import { Nested, OptionalText, Text, TextList } from '../../commands/bodies/text.decorators';
import { type BuildContext, CommandRequest, fieldsOf } from '../../commands/command.request';
import { LocationBody } from './location.body';
import { RouteBody } from './route.body';

/** The case's country and agency are the officer's own: a seizure is recorded where it happened. */
export class RecordSeizureRequest extends CommandRequest {
  @OptionalText(textLimits.shortName, "The agency's own reference.", 'KRA/MSA/2024/0173')
  reference?: string;

  @Nested(() => LocationBody, 'Where the goods were seized.')
  location!: LocationBody;

  @Text(50, 'A code of the directions list.', 'import')
  direction!: string;

  @Text(50, 'A code of the transportModes list.', 'sea_container')
  transportMode!: string;

  @OptionalText(textLimits.shortName, 'Vessel, flight or vehicle.')
  conveyance?: string;

  @Nested(() => RouteBody, 'Origin, transit and destination countries.')
  route!: RouteBody;

  @TextList(10, 'Codes of the detectionMethods list, each once.', [
    'risk_profiling',
    'scanner_xray',
  ])
  detectionMethods!: string[];

  @OptionalText(50, 'A code of the concealmentMethods list.')
  concealmentMethod?: string;

  @OptionalText(textLimits.note)
  concealmentNote?: string;

  @TextList(20, 'Codes of the seizureReasons list.', ['false_declaration'])
  legalBasis!: string[];

  @OptionalText(textLimits.note)
  legalBasisNote?: string;

  @OptionalText(
    10,
    'YYYY-MM-DD: the day the transboundary movement (shipment) began, not after the seizure.',
    '2024-02-12',
  )
  movementStartedOn?: string;

  toData({ ids, user }: BuildContext): RecordSeizureData {
    if (user.country === null || user.agency === null) {
      throw new ProblemException(
        403,
        'auth/forbidden',
        'Only an officer of a country records seizures.',
      );
    }
    return {
      ...fieldsOf(this),
      caseId: ids.next('caseId'),
      country: user.country,
      agency: user.agency,
    };
  }
}
