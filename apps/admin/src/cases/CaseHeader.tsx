import { Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { countryName } from '../common/countries';
import { useFormatters } from '../i18n/use-formatters';
import { type CaseRecord } from './case-record';

/** Reference, where and when it was seized, the route, and the stage and outcome at a glance. */
export function CaseHeader() {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const format = useFormatters();
  const [locale] = useLocaleState();
  if (!record) return null;
  const seizure = record.state.seizure;
  const route = seizure?.route;
  const countries = [route?.origin, ...(route?.transit ?? []), route?.destination]
    .filter((code): code is string => Boolean(code))
    .map((code) => countryName(code, locale));
  const seizedOn = record.timeline[0]?.occurredAt;
  return (
    <Stack spacing={1}>
      <Typography variant="h5" component="h1">
        {seizure?.reference ?? translate('cases.page.unreferenced')}
      </Typography>
      <Typography color="text.secondary">
        {[seizure?.location.name, seizure?.agency, seizedOn && format.date(seizedOn)]
          .filter(Boolean)
          .join(' · ')}
      </Typography>
      {countries.length > 0 && (
        <Typography>
          {translate('cases.fields.route')}: {countries.join(' → ')}
        </Typography>
      )}
      <Stack direction="row" spacing={1}>
        <Chip color="primary" label={translate(`common.stages.${record.stage}`)} />
        <Chip
          variant="outlined"
          label={translate(`cases.outcomes.${record.outcome}`, { _: record.outcome })}
        />
        {record.personalData === 'redacted' && (
          <Chip variant="outlined" label={translate('cases.page.personalRedacted')} />
        )}
      </Stack>
    </Stack>
  );
}
