import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useCodeList, useCodeLabel } from '../../common/use-code-list';
import {
  agreementCodes,
  type AnalyticsFilter,
  type AnalyticsFilterKey,
  commodityGroups,
  groupings,
  regionCodes,
} from '../analytics';
import { CommittedTextField } from './CommittedTextField';
import { type AnalyticsFilters as Filters } from './use-analytics-filters';

interface Props {
  readonly filters: Filters;
  /** Officers see their own country only, so they are not offered a country or region filter. */
  readonly acrossCountries: boolean;
}

const field = {
  size: 'small',
  variant: 'outlined',
  fullWidth: false,
  sx: { width: { xs: '100%', sm: 200 } },
} as const;

/** The filters every chart of the page shares; each one is a parameter of the page's URL. */
export function AnalyticsFilters({ filters, acrossCountries }: Props) {
  const translate = useTranslate();
  const { filter, setFilter, asOf, setAsOf, groupBy, setGroupBy } = filters;
  const directions = useCodeList('directions');
  const directionName = useCodeLabel('directions');
  const set = (key: AnalyticsFilterKey) => (value: string) =>
    setFilter({ ...filter, [key]: value } satisfies AnalyticsFilter);
  // Not the browser's names: not every build of Chromium knows the M49 regions.
  const regionName = (code: string) => translate(`analytics.regions.${code}`);
  /** A filter that takes one code of a closed list, or any. */
  const choice = (
    key: AnalyticsFilterKey,
    codes: readonly string[],
    name: (code: string) => string,
  ) => (
    <TextField
      {...field}
      select
      label={translate(`analytics.filters.${key}`)}
      value={codes.includes(filter[key] ?? '') ? filter[key] : ''}
      onChange={(event) => set(key)(event.target.value)}
    >
      <MenuItem value="">{translate('analytics.filters.any')}</MenuItem>
      {codes.map((code) => (
        <MenuItem key={code} value={code}>
          {name(code)}
        </MenuItem>
      ))}
    </TextField>
  );
  const text = (key: AnalyticsFilterKey, helperText?: string) => (
    <CommittedTextField
      {...field}
      label={translate(`analytics.filters.${key}`)}
      value={filter[key] ?? ''}
      // ISO country codes are upper case (ke → KE).
      onCommit={(value) => set(key)(key === 'country' ? value.toUpperCase() : value)}
      helperText={helperText}
    />
  );
  const date = (label: string, value: string | undefined, onChange: (value: string) => void) => (
    <TextField
      {...field}
      type="date"
      label={label}
      value={value ?? ''}
      onChange={(event) => onChange(event.target.value)}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      {date(translate('analytics.filters.from'), filter.from, set('from'))}
      {date(translate('analytics.filters.to'), filter.to, set('to'))}
      {date(translate('analytics.filters.asOf'), asOf, (value) => setAsOf(value || undefined))}
      {choice('agreement', agreementCodes, (code) => translate(`common.agreements.${code}`))}
      {choice('commodityGroup', commodityGroups, (code) =>
        translate(`analytics.commodityGroups.${code}`),
      )}
      {text('speciesOrSubstance', translate('analytics.filters.speciesHelp'))}
      {acrossCountries && text('country', translate('analytics.filters.countryHelp'))}
      {acrossCountries &&
        choice(
          'region',
          [...regionCodes].sort((a, b) => regionName(a).localeCompare(regionName(b))),
          regionName,
        )}
      {text('port')}
      {choice(
        'direction',
        (directions.data ?? []).map((entry) => entry.code),
        directionName,
      )}
      <TextField
        {...field}
        select
        label={translate('analytics.groupBy')}
        value={groupBy}
        onChange={(event) => setGroupBy(groupings.find((g) => g === event.target.value) ?? groupBy)}
      >
        {groupings.map((grouping) => (
          <MenuItem key={grouping} value={grouping}>
            {translate(`analytics.groupings.${grouping}`)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
