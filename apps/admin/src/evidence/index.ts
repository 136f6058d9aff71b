import Inventory2Icon from '@mui/icons-material/Inventory2';
import { lazyPage } from '../common/lazy-page';

export default {
  show: lazyPage(() => import('./EvidenceShow'), 'EvidenceShow'),
  icon: Inventory2Icon,
  recordRepresentation: (record: { state?: { registration?: { description?: string } } }) =>
    record.state?.registration?.description ?? '',
};
