import { useMediaQuery, type Theme } from '@mui/material';
import {
  BooleanInput,
  DataTable,
  DateField,
  List,
  SimpleList,
  TextField,
  useCreatePath,
} from 'react-admin';
import { useFormatters, useIntlLocale } from '../i18n/use-formatters';
import { CaseLinkField } from './CaseLinkField';
import { MarkReadButton } from './MarkReadButton';
import { type OutcomeNotification } from '@greenchain/contracts';

const filters = [<BooleanInput key="unread" source="unread" alwaysOn />];

export function NotificationList() {
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const locales = useIntlLocale();
  const format = useFormatters();
  const createPath = useCreatePath();
  return (
    <List
      filters={filters}
      filterDefaultValues={{ unread: true }}
      sort={{ field: 'createdAt', order: 'DESC' }}
      exporter={false}
    >
      {small ? (
        <SimpleList<OutcomeNotification>
          primaryText={(notification) => notification.title}
          secondaryText={(notification) =>
            // The reference is null until the case list has the case.
            [notification.caseReference, format.dateTime(notification.createdAt)]
              .filter((part) => part !== null)
              .join(' · ')
          }
          tertiaryText={(notification) => notification.detail}
          rowClick={(_id, _resource, record) =>
            createPath({
              resource: 'cases',
              id: (record as OutcomeNotification).caseId,
              type: 'show',
            })
          }
        />
      ) : (
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="createdAt">
            <DateField source="createdAt" showTime locales={locales} />
          </DataTable.Col>
          <DataTable.Col source="caseReference">
            <CaseLinkField />
          </DataTable.Col>
          <DataTable.Col source="title" />
          <DataTable.Col source="detail" disableSort>
            <TextField source="detail" />
          </DataTable.Col>
          <DataTable.Col source="readAt">
            <DateField source="readAt" showTime locales={locales} />
          </DataTable.Col>
          <DataTable.Col label="notifications.actions" disableSort sx={{ whiteSpace: 'nowrap' }}>
            <MarkReadButton />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
}
