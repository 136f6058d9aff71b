import { useMediaQuery, type Theme } from '@mui/material';
import { DataTable, DateField, List, SimpleList } from 'react-admin';
import { useFormatters, useIntlLocale } from '../i18n/use-formatters';
import { type DeadLetter } from '@greenchain/contracts';
import { NoDeadLetters } from './NoDeadLetters';
import { RetryDeadLetterButton } from './RetryDeadLetterButton';

export function DeadLetterList() {
  const small = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const locales = useIntlLocale();
  const format = useFormatters();
  return (
    <List sort={{ field: 'failedAt', order: 'DESC' }} empty={<NoDeadLetters />} exporter={false}>
      {small ? (
        <SimpleList<DeadLetter>
          primaryText={(job) => job.jobName}
          secondaryText={(job) => job.error}
          tertiaryText={(job) => format.dateTime(job.failedAt)}
          rowClick="show"
        />
      ) : (
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="jobName" />
          <DataTable.Col source="queue" />
          <DataTable.Col source="attempts" />
          <DataTable.Col source="error" sx={{ maxWidth: 420, overflowWrap: 'anywhere' }} />
          <DataTable.Col source="failedAt">
            <DateField source="failedAt" showTime locales={locales} />
          </DataTable.Col>
          <DataTable.Col source="retriedAt">
            <DateField source="retriedAt" showTime locales={locales} />
          </DataTable.Col>
          <DataTable.Col label="operations.projections.actions" disableSort>
            <RetryDeadLetterButton />
          </DataTable.Col>
        </DataTable>
      )}
    </List>
  );
}
