import { IntegrityCard } from '../common/IntegrityCard';
import { RecordPage } from '../common/RecordPage';
import { TimelineCard } from '../common/TimelineCard';
import { CustodyChainCard } from './CustodyChainCard';
import { EvidenceActions } from './EvidenceActions';
import { EvidenceHeader } from './EvidenceHeader';

export function EvidenceShow() {
  return (
    <RecordPage
      summary={
        <>
          <EvidenceHeader />
          <EvidenceActions />
        </>
      }
    >
      <CustodyChainCard />
      <TimelineCard />
      <IntegrityCard resource="evidence" />
    </RecordPage>
  );
}
