import { Stack } from '@mui/material';
import { type ComponentType } from 'react';
import { session } from '../providers/session';
import { AppealButton } from './actions/AppealButton';
import { ChargeButton } from './actions/ChargeButton';
import { DeclineButton } from './actions/DeclineButton';
import { type DefendantTarget } from './actions/DefendantCommandDialog';
import { EnforceButton } from './actions/EnforceButton';
import { PleaButton } from './actions/PleaButton';
import { SentenceButton } from './actions/SentenceButton';
import { VerdictButton } from './actions/VerdictButton';
import { WithdrawButton } from './actions/WithdrawButton';
import { type DefendantCommand, defendantCommands } from './case-abilities';
import { type CaseRecord } from './case-record';

const buttons: Record<DefendantCommand, ComponentType<DefendantTarget>> = {
  charge: ChargeButton,
  decline: DeclineButton,
  withdraw: WithdrawButton,
  plea: PleaButton,
  verdict: VerdictButton,
  sentence: SentenceButton,
  appeal: AppealButton,
  enforce: EnforceButton,
};

/** The commands this user may record about one defendant now. */
export function DefendantActions({ record, partyId }: { record: CaseRecord; partyId: string }) {
  const user = session.user();
  if (!user) return null;
  const commands = defendantCommands(user, record, record.defendants[partyId]?.status);
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {commands.map((command) => {
        const Button = buttons[command];
        return <Button key={command} resource="cases" record={record} partyId={partyId} />;
      })}
    </Stack>
  );
}
