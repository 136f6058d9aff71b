import { DateField, NumberField, Show, SimpleShowLayout, TextField, TopToolbar } from 'react-admin';
import { useIntlLocale } from '../i18n/use-formatters';
import { RetryDeadLetterButton } from './RetryDeadLetterButton';

export function DeadLetterShow() {
  const locales = useIntlLocale();
  return (
    <Show
      actions={
        <TopToolbar>
          <RetryDeadLetterButton />
        </TopToolbar>
      }
    >
      <SimpleShowLayout>
        <TextField source="id" />
        <TextField source="queue" />
        <TextField source="jobName" />
        <TextField source="handler" />
        <TextField source="eventId" />
        <NumberField source="attempts" locales={locales} />
        <TextField source="error" sx={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} />
        <DateField source="failedAt" showTime locales={locales} />
        <DateField source="retriedAt" showTime locales={locales} />
      </SimpleShowLayout>
    </Show>
  );
}
