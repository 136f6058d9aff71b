import { Chip, Stack, Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { personalText } from '../common/personal-text';
import { type EvidenceRecord } from './evidence-record';

export function EvidenceHeader() {
  const record = useRecordContext<EvidenceRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  if (!record) return null;
  const registration = record.state.registration;
  const seal = record.state.seal;
  return (
    <Stack spacing={1}>
      <Typography variant="h5" component="h1">
        {personalText(registration?.description, translate)}
      </Typography>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <Chip color="primary" label={translate(`evidence.status.${record.status}`)} />
        {registration && (
          <Chip variant="outlined" label={translate(`evidence.kinds.${registration.kind}`)} />
        )}
        {seal && (
          <Chip
            variant="outlined"
            color={seal.intact ? 'success' : 'error'}
            label={translate(seal.intact ? 'evidence.sealIntact' : 'evidence.sealBrokenChip', {
              seal: seal.number,
            })}
          />
        )}
      </Stack>
      <Link to={createPath({ resource: 'cases', id: record.caseId, type: 'show' })}>
        {translate('evidence.openCase')}
      </Link>
    </Stack>
  );
}
