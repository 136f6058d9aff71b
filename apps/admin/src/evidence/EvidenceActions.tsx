import { Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { session } from '../providers/session';
import { DestroyButton } from './actions/DestroyButton';
import { ExamineButton } from './actions/ExamineButton';
import { ReleaseButton } from './actions/ReleaseButton';
import { SealButton } from './actions/SealButton';
import { TransferButton } from './actions/TransferButton';
import { type EvidenceRecord } from './evidence-record';
import { PrintCustodyRecordButton } from './PrintCustodyRecordButton';

const custodians = ['customs', 'prosecutor', 'judiciary'];

/** Custody commands while the exhibit is held (the API checks the holder and the country). */
export function EvidenceActions() {
  const record = useRecordContext<EvidenceRecord>();
  const role = session.user()?.role ?? '';
  if (!record) return null;
  const target = { resource: 'evidence', record } as const;
  const held = record.status === 'held' && custodians.includes(role);
  const sealed = record.state.seal?.intact === true;
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} role="toolbar">
      {held && !sealed && <SealButton {...target} />}
      {held && <TransferButton {...target} />}
      {held && <ExamineButton {...target} />}
      {held && <ReleaseButton {...target} />}
      {held && <DestroyButton {...target} />}
      <PrintCustodyRecordButton />
    </Stack>
  );
}
