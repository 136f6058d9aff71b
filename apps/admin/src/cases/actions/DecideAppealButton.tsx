import FactCheckIcon from '@mui/icons-material/FactCheck';
import { FormDataConsumer, required, SelectInput } from 'react-admin';
import { appealOutcomes } from '@greenchain/contracts';
import { CommandDialog } from '../../common/CommandDialog';
import { type CaseTarget } from './case-target';
import { appealChoices, labelledChoices } from './choices';
import { onSelected } from './on-selected';
import { SentenceInputs } from './SentenceInputs';

const outcomes = labelledChoices('cases.appeal.outcome.', appealOutcomes);

/** A new sentence only when the appeal varies it: the hidden inputs keep their values. */
function toBody({ newSentence, outcome, ...rest }: Record<string, unknown>) {
  return outcome === 'varied' ? { ...rest, outcome, newSentence } : { ...rest, outcome };
}

export function DecideAppealButton(target: CaseTarget) {
  return (
    <CommandDialog
      {...target}
      label="cases.actions.decideAppeal"
      icon={<FactCheckIcon />}
      {...onSelected('appealId', (id) => `appeals/${id}/decision`, toBody)}
    >
      <SelectInput
        source="appealId"
        label="cases.fields.appeal"
        choices={appealChoices(target.record)}
        validate={required()}
      />
      <SelectInput
        source="outcome"
        label="cases.fields.appealOutcome"
        choices={outcomes}
        validate={required()}
      />
      <FormDataConsumer>
        {({ formData }) =>
          (formData as { outcome?: string }).outcome === 'varied' && (
            <SentenceInputs prefix="newSentence." />
          )
        }
      </FormDataConsumer>
    </CommandDialog>
  );
}
