import { Card, CardContent, Stack } from '@mui/material';
import { Show, useAuthenticated } from 'react-admin';
import { WhenDetailLoaded } from '../common/WhenDetailLoaded';
import { IntegrityCard } from '../common/IntegrityCard';
import { CaseActions } from './CaseActions';
import { CaseEvidenceCard } from './CaseEvidenceCard';
import { CaseHeader } from './CaseHeader';
import { ChainStepper } from './ChainStepper';
import { DefendantsCard } from './DefendantsCard';
import { ItemsCard } from './ItemsCard';
import { SharesCard } from './SharesCard';
import { TimelineCard } from '../common/TimelineCard';

export function CaseShow() {
  useAuthenticated();
  return (
    <Show component="div" actions={false}>
      <WhenDetailLoaded>
        <Stack spacing={2} sx={{ mt: 2 }}>
          <Card>
            <CardContent>
              <Stack spacing={2}>
                <CaseHeader />
                <ChainStepper />
                <CaseActions />
              </Stack>
            </CardContent>
          </Card>
          <DefendantsCard />
          <ItemsCard />
          <CaseEvidenceCard />
          <TimelineCard />
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ '& > *': { flex: 1 } }}>
            <IntegrityCard resource="cases" />
            <SharesCard />
          </Stack>
        </Stack>
      </WhenDetailLoaded>
    </Show>
  );
}
