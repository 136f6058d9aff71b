import { Card, CardContent, Stack } from '@mui/material';
import { Show, useAuthenticated } from 'react-admin';
import { WhenDetailLoaded } from '../common/WhenDetailLoaded';
import { IntegrityCard } from '../common/IntegrityCard';
import { TimelineCard } from '../common/TimelineCard';
import { CustodyChainCard } from './CustodyChainCard';
import { EvidenceActions } from './EvidenceActions';
import { EvidenceHeader } from './EvidenceHeader';

export function EvidenceShow() {
  useAuthenticated();
  return (
    <Show component="div" actions={false}>
      <WhenDetailLoaded>
        <Stack spacing={2} sx={{ mt: 2 }}>
          <Card>
            <CardContent>
              <Stack spacing={2}>
                <EvidenceHeader />
                <EvidenceActions />
              </Stack>
            </CardContent>
          </Card>
          <CustodyChainCard />
          <TimelineCard />
          <IntegrityCard resource="evidence" />
        </Stack>
      </WhenDetailLoaded>
    </Show>
  );
}
