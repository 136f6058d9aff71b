import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import { type ProjectionStatus } from '@greenchain/contracts';

const colors = {
  active: 'success',
  rebuilding: 'info',
  failed: 'error',
  paused: 'warning',
} as const;

export function ProjectionStatusChip({ status }: { status: ProjectionStatus }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color={colors[status]}
      label={translate(`operations.projections.statuses.${status}`)}
    />
  );
}
