import { Chip, Stack } from '@mui/material';
import { useTranslate } from 'react-admin';
import { dropOuts, type FunnelRow, totals } from './analytics';
import { useCount } from './use-count';

/** Where cases left the chain: declined, dismissed or acquitted, or stalled past a deadline. */
export function DropOutSummary({ rows }: { rows: readonly FunnelRow[] }) {
  const translate = useTranslate();
  const count = useCount();
  const sums = totals(rows);
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mt: 1 }}>
      {dropOuts.map((dropOut) => (
        <Chip
          key={dropOut}
          variant="outlined"
          label={`${translate(`analytics.stages.${dropOut}`)}: ${count(sums[dropOut])}`}
        />
      ))}
    </Stack>
  );
}
