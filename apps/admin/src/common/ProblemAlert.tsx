import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { forbiddenCode, forbiddenMessage, type Problem } from '../providers/problem-error';

/**
 * What the API refused and why, in the words it gave (a role's refusal in the console's own), with
 * its stable code for support.
 */
export function ProblemAlert({ problem }: { readonly problem: Problem }) {
  const translate = useTranslate();
  return (
    <Alert severity="error" role="alert">
      {problem.code === forbiddenCode
        ? translate(forbiddenMessage)
        : (problem.detail ?? translate('common.failed'))}
      {problem.code ? ` (${problem.code})` : ''}
    </Alert>
  );
}
