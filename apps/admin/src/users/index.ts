import PeopleIcon from '@mui/icons-material/People';
import { type UserRecord } from '@greenchain/contracts';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';

export default {
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
  icon: PeopleIcon,
  recordRepresentation: (user: UserRecord) => user.displayName,
};
