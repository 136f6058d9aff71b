import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { type LabResult } from './case-record';

/** What laboratories found in an item's samples, each finding with where and how it was made. */
export function LabResults({ results }: { readonly results: readonly LabResult[] }) {
  const translate = useTranslate();
  if (results.length === 0) return null;
  return (
    <ul aria-label={translate('cases.entry.labResults')} style={{ margin: 0, paddingLeft: 16 }}>
      {results.map((lab) => (
        <Typography component="li" variant="body2" key={lab.labResultId}>
          {translate('cases.entry.labResultLine', {
            laboratory: lab.laboratory,
            method: lab.method,
            result: lab.result,
          })}
          {lab.substanceIdentified && ` (${lab.substanceIdentified})`}
        </Typography>
      ))}
    </ul>
  );
}
