import Inventory2Icon from '@mui/icons-material/Inventory2';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { type CommandResult } from '@greenchain/contracts';
import { useId, useState } from 'react';
import {
  Form,
  required,
  SelectInput,
  TextInput,
  useDataProvider,
  useRedirect,
  useTranslate,
} from 'react-admin';
import { BusinessDateInput } from '../../common/BusinessDateInput';
import { CountryInput } from '../../common/CountryInput';
import { noRecord } from '../../common/no-record';
import { ProblemAlert } from '../../common/ProblemAlert';
import { today } from '../../common/today';
import { useIdempotencyKey } from '../../common/use-idempotency-key';
import { type GreenchainDataProvider } from '../../providers/data-provider';
import { type Problem, problemOf } from '../../providers/problem-error';
import { session } from '../../providers/session';
import { type CaseTarget } from './case-target';
import { itemChoices } from './choices';

const kinds = ['physical', 'sample', 'document', 'digital', 'photograph'].map((id) => ({
  id,
  name: `greenchain.evidence.kinds.${id}`,
}));

/** Registers an exhibit of this case with its first custodian; it opens its own custody chain. */
export function RegisterEvidenceButton({ record }: CaseTarget) {
  const translate = useTranslate();
  const redirect = useRedirect();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  const [isPending, setPending] = useState(false);
  const { keyFor, done } = useIdempotencyKey();
  const user = session.user();
  const submit = async (values: Record<string, unknown>) => {
    const data = { ...values, caseId: record.id };
    setProblem(null);
    setPending(true);
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
    } finally {
      setPending(false);
    }
  };
  const defaults = {
    occurredAt: today(),
    kind: 'physical',
    holder: { holderId: user?.id, agency: user?.agency, country: user?.country },
  };
  return (
    <>
      <Button variant="outlined" startIcon={<Inventory2Icon />} onClick={() => setOpen(true)}>
        {translate('greenchain.actions.registerEvidence')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby={titleId} fullWidth>
        <DialogTitle id={titleId}>{translate('greenchain.actions.registerEvidence')}</DialogTitle>
        <Form onSubmit={submit} record={noRecord} defaultValues={defaults}>
          <DialogContent>
            <Stack>
              {problem && <ProblemAlert problem={problem} />}
              <SelectInput
                source="kind"
                label="greenchain.evidence.kind"
                choices={kinds}
                validate={required()}
              />
              <SelectInput
                source="itemId"
                label="greenchain.fields.item"
                choices={itemChoices(record)}
              />
              <TextInput
                source="description"
                label="greenchain.fields.description"
                multiline
                validate={required()}
              />
              <TextInput
                source="holder.holderId"
                label="greenchain.evidence.holderId"
                validate={required()}
              />
              <TextInput
                source="holder.agency"
                label="greenchain.fields.agency"
                validate={required()}
              />
              <CountryInput
                source="holder.country"
                label="greenchain.fields.country"
                validate={required()}
              />
              <TextInput source="place" label="greenchain.evidence.place" validate={required()} />
              <BusinessDateInput />
            </Stack>
          </DialogContent>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
            <Button type="submit" variant="contained" disabled={isPending}>
              {translate('greenchain.command.record')}
            </Button>
          </DialogActions>
        </Form>
      </Dialog>
    </>
  );
}
