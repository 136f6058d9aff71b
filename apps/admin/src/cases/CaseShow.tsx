import { Stack } from '@mui/material';
import { IntegrityCard } from '../common/IntegrityCard';
import { RecordPage } from '../common/RecordPage';
import { TimelineCard } from '../common/TimelineCard';
import { DocumentsCard } from '../documents/DocumentsCard';
import { DownloadCaseFileButton } from '../documents/DownloadCaseFileButton';
import { CaseActions } from './CaseActions';
import { CaseEvidenceCard } from './CaseEvidenceCard';
import { CaseHeader } from './CaseHeader';
import { ChainStepper } from './ChainStepper';
import { DefendantsCard } from './DefendantsCard';
import { ItemsCard } from './ItemsCard';
import { SharesCard } from './SharesCard';

export function CaseShow() {
  return (
    <RecordPage
      summary={
        <>
          <CaseHeader />
          <ChainStepper />
          <CaseActions />
          <DownloadCaseFileButton />
        </>
      }
    >
      <DefendantsCard />
      <ItemsCard />
      <CaseEvidenceCard />
      <DocumentsCard />
      <TimelineCard />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ '& > *': { flex: 1 } }}>
        <IntegrityCard resource="cases" />
        <SharesCard />
      </Stack>
    </RecordPage>
  );
}
