import ReplayIcon from '@mui/icons-material/Replay';
import { useRecordContext } from 'react-admin';
import { ConfirmCommandButton } from './ConfirmCommandButton';
import { type DeadLetter } from '@greenchain/contracts';

export function RetryDeadLetterButton() {
  const job = useRecordContext<DeadLetter>();
  if (!job) return null;
  return (
    <ConfirmCommandButton
      resource="dead-letters"
      id={job.id}
      command="retry"
      label="operations.deadLetters.retry"
      icon={<ReplayIcon />}
      title="operations.deadLetters.retryTitle"
      content="operations.deadLetters.retryContent"
      done="operations.deadLetters.retried"
    />
  );
}
