import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import { type DeadLetter } from './dead-letter';
import { DeadLetterList } from './DeadLetterList';
import { DeadLetterShow } from './DeadLetterShow';

export default {
  list: DeadLetterList,
  show: DeadLetterShow,
  icon: ErrorOutlineIcon,
  recordRepresentation: (job: DeadLetter) => job.jobName,
};
