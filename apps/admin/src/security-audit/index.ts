import PolicyIcon from '@mui/icons-material/Policy';
import { lazyPage } from '../common/lazy-page';

export default {
  list: lazyPage(() => import('./SecurityAuditList'), 'SecurityAuditList'),
  icon: PolicyIcon,
};
