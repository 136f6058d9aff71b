import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { type Problem } from '../providers/problem-error';

/** What the API refused and why, in the words it gave, with its stable code for support. */
export function ProblemAlert({ problem }: { readonly problem: Problem }) {
  const translate = useTranslate();
  return (
    <Alert severity="error" role="alert">
      {problem.detail ?? translate('greenchain.common.failed')}
      {problem.code ? ` (${problem.code})` : ''}
    </Alert>
  );
}
