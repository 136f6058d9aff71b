import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import { lazyPage } from '../common/lazy-page';
import { type DeadLetter } from '@greenchain/contracts';

export default {
  list: lazyPage(() => import('./DeadLetterList'), 'DeadLetterList'),
  show: lazyPage(() => import('./DeadLetterShow'), 'DeadLetterShow'),
  icon: ErrorOutlineIcon,
  recordRepresentation: (job: DeadLetter) => job.jobName,
};
