import { LinearProgress, Stack, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { Title, useAuthenticated, useStore, useTranslate } from 'react-admin';
import { useFormatters } from '../i18n/use-formatters';
import { useRole } from '../layout/use-role';
import { session } from '../providers/session';
import { type AnalyticsFilter, type Grouping } from './analytics';
import { AnalyticsFilters } from './AnalyticsFilters';
import { AnalyticsSection } from './AnalyticsSection';
import { ChainBreaks } from './ChainBreaks';
import { PenaltyAdequacy } from './PenaltyAdequacy';

/** The map and its world outlines are fetched on the first visit of this page, not with sign-in. */
const CountriesSection = lazy(async () => ({
  default: (await import('./countries/CountriesSection')).CountriesSection,
}));

export function AnalyticsPage() {
  useAuthenticated();
  const translate = useTranslate();
  const format = useFormatters();
  const role = useRole();
  const [filter, setFilter] = useStore<AnalyticsFilter>('analyticsFilter', {});
  const [groupBy, setGroupBy] = useStore<Grouping>('analyticsGroupBy', 'country');
  const acrossCountries = role === 'analyst' || role === 'admin';
  const country = session.user()?.country;
  const scope =
    acrossCountries || !country
      ? translate('analytics.scopeAll')
      : translate('analytics.scopeCountry', { country: format.country(country) });
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 2 }}>
      <Title title={translate('analytics.title')} />
      <AnalyticsSection title={translate('analytics.title')} heading="h1">
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {scope} {translate('analytics.noPersonalData')}
        </Typography>
        <AnalyticsFilters
          filter={filter}
          groupBy={groupBy}
          acrossCountries={acrossCountries}
          onFilter={setFilter}
          onGroupBy={setGroupBy}
        />
      </AnalyticsSection>
      <ChainBreaks filter={filter} groupBy={groupBy} />
      <Suspense fallback={<LinearProgress aria-label={translate('ra.page.loading')} />}>
        {/* Until the page's filters live in the URL (useAnalyticsFilters), the stored filter. */}
        <CountriesSection
          filter={filter}
          onSelectCountry={(country) => setFilter({ ...filter, country })}
        />
      </Suspense>
      <AnalyticsSection title={translate('analytics.penalty.title')}>
        <Typography color="text.secondary" gutterBottom>
          {translate('analytics.penalty.help')}
        </Typography>
        <PenaltyAdequacy filter={filter} groupBy={groupBy} />
      </AnalyticsSection>
    </Stack>
  );
}
