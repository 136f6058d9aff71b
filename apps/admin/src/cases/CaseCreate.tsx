import { useState } from 'react';
import {
  Create,
  SimpleForm,
  useAuthenticated,
  useDataProvider,
  useNotify,
  useRedirect,
} from 'react-admin';
import { ProblemAlert } from '../common/ProblemAlert';
import { today } from '../common/today';
import { type GreenchainDataProvider } from '../providers/data-provider';
import { newIdempotencyKey } from '../providers/idempotency-key';
import { type Problem, problemOf } from '../providers/problem-error';
import { CommodityItemInputs } from './CommodityItemInputs';
import { PartyInputs } from './PartyInputs';
import { recordSeizure, type SeizureFormValues } from './record-seizure';
import { SeizureInputs } from './SeizureInputs';

const defaults = {
  occurredAt: today(),
  detectionMethods: [],
  legalBasis: [],
  items: [{ quantities: [{}], agreements: [] }],
  parties: [],
};

/** The seizure form: one submission records the case, its items and its parties, once. */
export function CaseCreate() {
  useAuthenticated();
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const [key] = useState(newIdempotencyKey);
  const [problem, setProblem] = useState<Problem | null>(null);
  const save = async (values: Record<string, unknown>) => {
    setProblem(null);
    try {
      const caseId = await recordSeizure(dataProvider, values as SeizureFormValues, key);
      notify('cases.seizure.recorded', { type: 'success' });
      redirect('show', 'cases', caseId);
      return undefined;
    } catch (error) {
      setProblem(problemOf(error) ?? { status: 0, detail: (error as Error).message });
      return (error as { body?: { errors?: object } }).body?.errors;
    }
  };
  return (
    <Create title="cases.seizure.title" mutationMode="pessimistic">
      <SimpleForm onSubmit={save} defaultValues={defaults} warnWhenUnsavedChanges>
        {problem && <ProblemAlert problem={problem} />}
        <SeizureInputs />
        <CommodityItemInputs />
        <PartyInputs />
      </SimpleForm>
    </Create>
  );
}
