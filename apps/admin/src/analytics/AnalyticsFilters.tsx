import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import {
  agreementCodes,
  type AnalyticsFilter,
  commodityGroups,
  type Grouping,
  groupings,
  regionCodes,
} from './analytics';

interface Props {
  readonly filter: AnalyticsFilter;
  readonly groupBy: Grouping;
  /** Officers see their own country only, so they are not offered a country filter. */
  readonly acrossCountries: boolean;
  onFilter(filter: AnalyticsFilter): void;
  onGroupBy(groupBy: Grouping): void;
}

const field = {
  size: 'small',
  variant: 'outlined',
  fullWidth: false,
  sx: { width: { xs: '100%', sm: 180 } },
} as const;

export function AnalyticsFilters({ filter, groupBy, acrossCountries, ...on }: Props) {
  const translate = useTranslate();
  const set = (key: keyof AnalyticsFilter) => (event: { target: { value: string } }) =>
    on.onFilter({ ...filter, [key]: event.target.value });
  // Not the browser's names: not every build of Chromium knows the M49 regions.
  const regionName = (code: string) => translate(`analytics.regions.${code}`);
  /** A filter that takes one code of a closed list, or any. */
  const choice = (
    key: 'region' | 'agreement' | 'commodityGroup',
    codes: readonly string[],
    name: (code: string) => string,
  ) => (
    <TextField
      {...field}
      select
      label={translate(`analytics.filters.${key}`)}
      value={filter[key] ?? ''}
      onChange={set(key)}
    >
      <MenuItem value="">{translate('analytics.filters.any')}</MenuItem>
      {codes.map((code) => (
        <MenuItem key={code} value={code}>
          {name(code)}
        </MenuItem>
      ))}
    </TextField>
  );
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <TextField
        {...field}
        select
        label={translate('analytics.groupBy')}
        value={groupBy}
        onChange={(event) => on.onGroupBy(event.target.value as Grouping)}
      >
        {groupings.map((grouping) => (
          <MenuItem key={grouping} value={grouping}>
            {translate(`analytics.groupings.${grouping}`)}
          </MenuItem>
        ))}
      </TextField>
      {acrossCountries && (
        <TextField
          {...field}
          label={translate('analytics.filters.country')}
          value={filter.country ?? ''}
          onChange={(event) =>
            on.onFilter({ ...filter, country: event.target.value.toUpperCase().slice(0, 2) })
          }
          helperText={translate('analytics.filters.countryHelp')}
        />
      )}
      {acrossCountries &&
        choice(
          'region',
          [...regionCodes].sort((a, b) => regionName(a).localeCompare(regionName(b))),
          regionName,
        )}
      {choice('agreement', agreementCodes, (code) => translate(`common.agreements.${code}`))}
      {choice('commodityGroup', commodityGroups, (code) =>
        translate(`analytics.commodityGroups.${code}`),
      )}
      <TextField
        {...field}
        label={translate('analytics.filters.port')}
        value={filter.port ?? ''}
        onChange={set('port')}
      />
      <TextField
        {...field}
        type="date"
        label={translate('analytics.filters.from')}
        value={filter.from ?? ''}
        onChange={set('from')}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        {...field}
        type="date"
        label={translate('analytics.filters.to')}
        value={filter.to ?? ''}
        onChange={set('to')}
        slotProps={{ inputLabel: { shrink: true } }}
      />
    </Stack>
  );
}
