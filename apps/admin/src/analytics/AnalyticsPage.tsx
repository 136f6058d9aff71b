import { LinearProgress, Stack, Typography } from '@mui/material';
import { lazy, Suspense } from 'react';
import { Title, useAuthenticated, useTranslate } from 'react-admin';
import { useFormatters } from '../i18n/use-formatters';
import { useRole } from '../layout/use-role';
import { session } from '../providers/session';
import { AnalyticsSection } from './AnalyticsSection';
import { BreakdownPanel } from './charts/BreakdownPanel';
import { ChainFlowPanel } from './charts/ChainFlowPanel';
import { ChainFunnelPanel } from './charts/ChainFunnelPanel';
import { CompletenessPanel } from './charts/CompletenessPanel';
import { DropOutsPanel } from './charts/DropOutsPanel';
import { FineValuePanel } from './charts/FineValuePanel';
import { PenaltyPanel } from './charts/PenaltyPanel';
import { TimeInStagePanel } from './charts/TimeInStagePanel';
import { AnalyticsFilters } from './filters/AnalyticsFilters';
import { useAnalyticsFilters } from './filters/use-analytics-filters';
import { PenaltyAdequacy } from './PenaltyAdequacy';
import { WeakSentencesSection } from './weak-sentences/WeakSentencesSection';

/** The map and its world outlines are fetched on the first visit of this page, not with sign-in. */
const CountriesSection = lazy(async () => ({
  default: (await import('./countries/CountriesSection')).CountriesSection,
}));

/**
 * Where the chain breaks, for the filter in the page's URL: how far cases and defendants get, why
 * they leave, where they go, how long they wait, whether sentences deter and how much was recorded;
 * then the same steps and penalties group by group.
 */
export function AnalyticsPage() {
  useAuthenticated();
  const translate = useTranslate();
  const format = useFormatters();
  const role = useRole();
  const filters = useAnalyticsFilters();
  const { filter, asOf, groupBy } = filters;
  const acrossCountries = role === 'analyst' || role === 'admin';
  const country = session.user()?.country;
  const scope =
    acrossCountries || !country
      ? translate('analytics.scopeAll')
      : translate('analytics.scopeCountry', { country: format.country(country) });
  const view = { filter, asOf };
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 2 }}>
      <Title title={translate('analytics.title')} />
      <AnalyticsSection title={translate('analytics.title')} heading="h1">
        <Typography color="text.secondary" sx={{ mb: 2 }}>
          {scope} {translate('analytics.noPersonalData')}{' '}
          {asOf
            ? translate('analytics.asOf', { date: format.date(asOf) })
            : translate('analytics.asOfToday')}
        </Typography>
        <AnalyticsFilters filters={filters} acrossCountries={acrossCountries} />
      </AnalyticsSection>
      <ChainFunnelPanel {...view} />
      <DropOutsPanel {...view} />
      <ChainFlowPanel {...view} />
      <TimeInStagePanel {...view} />
      <PenaltyPanel {...view} />
      <FineValuePanel {...view} />
      <WeakSentencesSection {...view} />
      <CompletenessPanel {...view} />
      <Suspense fallback={<LinearProgress aria-label={translate('ra.page.loading')} />}>
        <CountriesSection
          {...view}
          onSelectCountry={(chosen) => filters.setFilter({ ...filter, country: chosen })}
        />
      </Suspense>
      <BreakdownPanel {...view} groupBy={groupBy} />
      <AnalyticsSection
        title={translate('analytics.penalty.byGroup', {
          grouping: translate(`analytics.groupings.${groupBy}`),
        })}
      >
        <PenaltyAdequacy {...view} groupBy={groupBy} />
      </AnalyticsSection>
    </Stack>
  );
}
