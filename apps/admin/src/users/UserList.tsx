import { type UserRecord } from '@greenchain/contracts';
import { useMediaQuery, type Theme } from '@mui/material';
import {
  BooleanField,
  CreateButton,
  DataTable,
  DateField,
  List,
  NullableBooleanInput,
  SearchInput,
  SelectField,
  SelectInput,
  SimpleList,
  TopToolbar,
  useTranslate,
} from 'react-admin';
import { useIntlLocale } from '../i18n/use-formatters';
import { roleChoices } from './role-choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} />,
  <NullableBooleanInput key="active" source="active" />,
];

export function UserList() {
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const translate = useTranslate();
  const locales = useIntlLocale();
  return (
    <List
      filters={filters}
      sort={{ field: 'email', order: 'ASC' }}
      actions={
        <TopToolbar>
          <CreateButton />
        </TopToolbar>
      }
    >
      {small ? (
        <SimpleList<UserRecord>
          primaryText={(user) => user.displayName}
          secondaryText={(user) => user.email}
          tertiaryText={(user) => translate(`common.roles.${user.role}`)}
          rowClick="edit"
        />
      ) : (
        <DataTable rowClick="edit" bulkActionButtons={false}>
          <DataTable.Col source="email" />
          <DataTable.Col source="displayName" />
          <DataTable.Col source="role">
            <SelectField source="role" choices={roleChoices} />
          </DataTable.Col>
          <DataTable.Col source="country" />
          <DataTable.Col source="agency" />
          <DataTable.Col source="focalPoint" field={BooleanField} />
          <DataTable.Col source="active" field={BooleanField} />
          <DataTable.Col source="createdAt">
            <DateField source="createdAt" locales={locales} />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
}
