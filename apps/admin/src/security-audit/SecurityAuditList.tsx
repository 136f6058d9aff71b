import { type SecurityAuditRecord } from '@greenchain/contracts';
import { Chip, useMediaQuery, type Theme } from '@mui/material';
import {
  DataTable,
  DateField,
  DateInput,
  List,
  SearchInput,
  SelectArrayInput,
  SelectField,
  SelectInput,
  SimpleList,
  TextField,
  TextInput,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { useFormatters, useIntlLocale } from '../i18n/use-formatters';
import { AuditDetailsField } from './AuditDetailsField';
import { kindChoices, outcomeChoices } from './audit-choices';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="kind" source="kind" choices={kindChoices} alwaysOn />,
  <SelectInput key="outcome" source="outcome" choices={outcomeChoices} />,
  <TextInput key="actorUserId" source="actorUserId" />,
  <DateInput key="recordedFrom" source="recordedFrom" />,
  <DateInput key="recordedTo" source="recordedTo" />,
];

function OutcomeChip() {
  const record = useRecordContext<SecurityAuditRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Chip
      size="small"
      color={record.outcome === 'failed' ? 'error' : 'success'}
      label={translate(`securityAudit.outcomes.${record.outcome}`)}
    />
  );
}

function ActorField() {
  const record = useRecordContext<SecurityAuditRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return record.actorUserId ? (
    <TextField source="actorUserId" />
  ) : (
    <em>{translate('securityAudit.anonymous')}</em>
  );
}

/** Administrators read who signed in, changed accounts, shared, exported and erased, newest first. */
export function SecurityAuditList() {
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const translate = useTranslate();
  const locales = useIntlLocale();
  const format = useFormatters();
  return (
    <List
      filters={filters}
      sort={{ field: 'recordedAt', order: 'DESC' }}
      exporter={false}
      perPage={50}
      empty={false}
    >
      {small ? (
        <SimpleList<SecurityAuditRecord>
          primaryText={(entry) => translate(`securityAudit.kinds.${entry.kind}`)}
          secondaryText={(entry) => entry.actorUserId ?? translate('securityAudit.anonymous')}
          tertiaryText={(entry) => format.dateTime(entry.recordedAt)}
          rowClick={false}
        />
      ) : (
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="recordedAt">
            <DateField source="recordedAt" showTime locales={locales} />
          </DataTable.Col>
          <DataTable.Col source="kind">
            <SelectField source="kind" choices={kindChoices} />
          </DataTable.Col>
          <DataTable.Col source="outcome">
            <OutcomeChip />
          </DataTable.Col>
          <DataTable.Col source="actorUserId">
            <ActorField />
          </DataTable.Col>
          <DataTable.Col source="actorRole" />
          <DataTable.Col source="userId" />
          <DataTable.Col source="targetId" />
          <DataTable.Col source="clientAddress" />
          <DataTable.Col source="details" disableSort>
            <AuditDetailsField />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
}
