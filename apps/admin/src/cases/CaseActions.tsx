import { Stack } from '@mui/material';
import { type ComponentType } from 'react';
import { useRecordContext } from 'react-admin';
import { session } from '../providers/session';
import { AcceptReferralButton } from './actions/AcceptReferralButton';
import { AdjournHearingButton } from './actions/AdjournHearingButton';
import { type CaseTarget } from './actions/case-target';
import { CloseButton } from './actions/CloseButton';
import { DecideAppealButton } from './actions/DecideAppealButton';
import { DeclineButton } from './actions/DeclineButton';
import { DisposalButton } from './actions/DisposalButton';
import { ReferButton } from './actions/ReferButton';
import { RegisterEvidenceButton } from './actions/RegisterEvidenceButton';
import { ReopenButton } from './actions/ReopenButton';
import { ReturnReferralButton } from './actions/ReturnReferralButton';
import { RevokeShareButton } from './actions/RevokeShareButton';
import { ScheduleHearingButton } from './actions/ScheduleHearingButton';
import { SettleButton } from './actions/SettleButton';
import { ShareButton } from './actions/ShareButton';
import { type CaseCommand, caseCommands } from './case-abilities';
import { type CaseRecord } from './case-record';

const buttons: Record<CaseCommand, ComponentType<CaseTarget>> = {
  refer: ReferButton,
  acceptReferral: AcceptReferralButton,
  returnReferral: ReturnReferralButton,
  declineAll: DeclineButton,
  scheduleHearing: ScheduleHearingButton,
  adjournHearing: AdjournHearingButton,
  decideAppeal: DecideAppealButton,
  settle: SettleButton,
  disposal: DisposalButton,
  registerEvidence: RegisterEvidenceButton,
  close: CloseButton,
  reopen: ReopenButton,
  share: ShareButton,
  revokeShare: RevokeShareButton,
};

/** The case-level commands this user may record now; nothing for readers. */
export function CaseActions() {
  const record = useRecordContext<CaseRecord>();
  const user = session.user();
  if (!record || !user) return null;
  const allowed = caseCommands(user, record);
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} role="toolbar">
      {[...allowed].map((command) => {
        const Button = buttons[command];
        return <Button key={command} resource="cases" record={record} />;
      })}
    </Stack>
  );
}
