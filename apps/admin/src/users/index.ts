import PeopleIcon from '@mui/icons-material/People';
import { type UserRecord } from '@greenchain/contracts';
import { lazyPage } from '../common/lazy-page';

export default {
  list: lazyPage(() => import('./UserList'), 'UserList'),
  create: lazyPage(() => import('./UserCreate'), 'UserCreate'),
  edit: lazyPage(() => import('./UserEdit'), 'UserEdit'),
  icon: PeopleIcon,
  recordRepresentation: (user: UserRecord) => user.displayName,
};
