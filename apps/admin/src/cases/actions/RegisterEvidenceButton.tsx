import Inventory2Icon from '@mui/icons-material/Inventory2';
import { type CommandResult } from '@greenchain/contracts';
import { useState } from 'react';
import { required, SelectInput, TextInput, useDataProvider, useRedirect } from 'react-admin';
import { CountryInput } from '../../common/CountryInput';
import { FormDialog } from '../../common/FormDialog';
import { useIdempotencyKey } from '../../common/use-idempotency-key';
import { type GreenchainDataProvider } from '../../providers/data-provider';
import { type Problem, problemOf } from '../../providers/problem-error';
import { session } from '../../providers/session';
import { type CaseTarget } from './case-target';
import { itemChoices, labelledChoices } from './choices';

const kinds = labelledChoices('evidence.kinds.', [
  'physical',
  'sample',
  'document',
  'digital',
  'photograph',
]);

/** Registers an exhibit of this case with its first custodian; it opens its own custody chain. */
export function RegisterEvidenceButton({ record }: CaseTarget) {
  const redirect = useRedirect();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  const { keyFor, done } = useIdempotencyKey();
  const user = session.user();
  const submit = async (values: Record<string, unknown>) => {
    const data = { ...values, caseId: record.id };
    setProblem(null);
    try {
      const created = await dataProvider.create<CommandResult>('evidence', {
        data,
        meta: { idempotencyKey: keyFor(data) },
      });
      done();
      redirect('show', 'evidence', created.data.id);
      return undefined;
    } catch (error) {
      setProblem(problemOf(error) ?? { status: 0, detail: (error as Error).message });
      return (error as { body?: { errors?: object } }).body?.errors;
    }
  };
  const defaults = {
    kind: 'physical',
    holder: { holderId: user?.id, agency: user?.agency, country: user?.country },
  };
  return (
    <FormDialog
      label="cases.actions.registerEvidence"
      icon={<Inventory2Icon />}
      open={open}
      onOpen={() => setOpen(true)}
      onClose={() => setOpen(false)}
      onSubmit={submit}
      defaultValues={defaults}
      problem={problem}
    >
      <SelectInput source="kind" label="evidence.kind" choices={kinds} validate={required()} />
      <SelectInput source="itemId" label="cases.fields.item" choices={itemChoices(record)} />
      <TextInput
        source="description"
        label="cases.fields.description"
        multiline
        validate={required()}
      />
      <TextInput source="holder.holderId" label="evidence.holderId" validate={required()} />
      <TextInput source="holder.agency" label="common.fields.agency" validate={required()} />
      <CountryInput source="holder.country" label="common.fields.country" validate={required()} />
      <TextInput source="place" label="evidence.place" validate={required()} />
    </FormDialog>
  );
}
