import FactCheckIcon from '@mui/icons-material/FactCheck';
import { FormDataConsumer, required, SelectInput } from 'react-admin';
import { CommandDialog } from '../../common/CommandDialog';
import { PenaltyLinesInput } from '../../common/PenaltyLinesInput';
import { type CaseTarget } from './case-target';
import { appealChoices } from './choices';
import { StatutoryMaximumInput } from './StatutoryMaximumInput';

const outcomes = ['upheld', 'overturned', 'varied'].map((id) => ({
  id,
  name: `greenchain.appeal.outcome.${id}`,
}));

function toBody({ appealId: _appeal, newSentence, outcome, ...rest }: Record<string, unknown>) {
  return outcome === 'varied' ? { ...rest, outcome, newSentence } : { ...rest, outcome };
}

export function DecideAppealButton(target: CaseTarget) {
  return (
    <CommandDialog
      {...target}
      label="greenchain.actions.decideAppeal"
      icon={<FactCheckIcon />}
      path={(values) => `appeals/${String(values.appealId)}/decision`}
      toBody={toBody}
    >
      <SelectInput
        source="appealId"
        label="greenchain.fields.appeal"
        choices={appealChoices(target.record)}
        validate={required()}
      />
      <SelectInput
        source="outcome"
        label="greenchain.fields.appealOutcome"
        choices={outcomes}
        validate={required()}
      />
      <FormDataConsumer>
        {({ formData }) =>
          (formData as { outcome?: string }).outcome === 'varied' && (
            <>
              <PenaltyLinesInput source="newSentence.penaltyLines" />
              <StatutoryMaximumInput prefix="newSentence." />
            </>
          )
        }
      </FormDataConsumer>
    </CommandDialog>
  );
}
