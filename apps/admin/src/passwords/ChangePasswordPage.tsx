import { Card, CardContent, Stack } from '@mui/material';
import { type ChangePasswordRequest } from '@greenchain/contracts';
import { useState } from 'react';
import {
  Form,
  PasswordInput,
  required,
  SaveButton,
  Title,
  useNotify,
  useRedirect,
} from 'react-admin';
import { noRecord } from '../common/no-record';
import { ProblemAlert } from '../common/ProblemAlert';
import { type Problem } from '../providers/problem-error';
import { NewPasswordInputs } from './NewPasswordInputs';
import { submitPassword } from './submit-password';

type Values = Pick<ChangePasswordRequest, 'currentPassword' | 'newPassword'>;

/** From the user menu: the current password, the new one twice; this tab stays signed in. */
export function ChangePasswordPage() {
  const notify = useNotify();
  const redirect = useRedirect();
  const [problem, setProblem] = useState<Problem | null>(null);
  const change = async ({ currentPassword, newPassword }: Values) => {
    const outcome = await submitPassword('/api/auth/password', {
      currentPassword,
      newPassword,
    } satisfies ChangePasswordRequest);
    if (!outcome.ok) {
      setProblem(outcome.problem);
      return outcome.errors;
    }
    notify('passwords.change.done', { type: 'success' });
    redirect('/');
    return undefined;
  };
  return (
    <Card sx={{ mt: 2, maxWidth: 560 }}>
      <Title title="passwords.change.title" />
      <CardContent>
        <Form
          record={noRecord}
          onSubmit={(values: Record<string, unknown>) => change(values as Values)}
          sanitizeEmptyValues={false}
        >
          <Stack>
            {problem && <ProblemAlert problem={problem} />}
            <PasswordInput
              source="currentPassword"
              label="passwords.fields.currentPassword"
              validate={required()}
              autoComplete="current-password"
              fullWidth
            />
            <NewPasswordInputs />
            <SaveButton label="passwords.change.save" alwaysEnable />
          </Stack>
        </Form>
      </CardContent>
    </Card>
  );
}
