import { type SecurityAuditRecord } from '@greenchain/contracts';
import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

const valueText = (value: unknown): string =>
  typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);

/** The entry's details as `name: value` lines (before/after of a change, a reason, a format). */
export function AuditDetailsField() {
  const record = useRecordContext<SecurityAuditRecord>();
  const lines = Object.entries(record?.details ?? {});
  if (lines.length === 0) return null;
  return (
    <Typography
      component="div"
      variant="body2"
      sx={{ fontFamily: 'monospace', fontSize: '0.8rem', overflowWrap: 'anywhere' }}
    >
      {lines.map(([name, value]) => (
        <div key={name}>
          {name}: {valueText(value)}
        </div>
      ))}
    </Typography>
  );
}
