import { FormControlLabel, MenuItem, Switch, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { type AnalyticsFilter } from '../analytics';
import {
  funnelSource,
  routeSource,
  strengthSource,
  useChainStrength,
  useCountryFunnels,
  useCountryNumbers,
  useRouteSeizures,
} from './country-figures';
import { CountriesPanel } from './CountriesPanel';
import { FlowsTable } from './FlowsTable';
import { type MapMeasure } from './map-scale';
import { MapTable } from './MapTable';
import { busiestFlows, routeFlows } from './route-flows';
import { shownCount, shownIndex, type ShownFigure } from './shown-figure';
import { StrengthRanking } from './StrengthRanking';
import { WorldMap } from './WorldMap';

export interface CountriesSectionProps {
  readonly filter: AnalyticsFilter;
  /** The day the figures are evaluated on (YYYY-MM-DD); today when absent. */
  readonly asOf?: string;
  /** A country chosen in the ranking or on the map (ISO 3166-1 alpha-2). */
  readonly onSelectCountry: (code: string) => void;
}

/**
 * Where the chain breaks, country by country: the ranking by chain strength with its parts and a
 * small funnel per country, the world map of the index or of seizures with the trade routes, and
 * those routes as a table.
 */
export function CountriesSection({ filter, asOf, onSelectCountry }: CountriesSectionProps) {
  const translate = useTranslate();
  const [measure, setMeasure] = useState<MapMeasure>('index');
  const [showRoutes, setShowRoutes] = useState(true);
  const strengthFrom = strengthSource(filter, asOf);
  const funnelFrom = funnelSource(filter, asOf);
  const routesFrom = routeSource(filter, asOf);
  const strength = useChainStrength(strengthFrom);
  const funnels = useCountryFunnels(funnelFrom);
  const routes = useRouteSeizures(routesFrom);
  const numbers = useCountryNumbers();
  const strengthRows = strength.data ?? [];
  const funnelRows = funnels.data ?? [];
  const allFlows = routeFlows(routes.data ?? []);
  const { drawn: flows, others } = busiestFlows(allFlows);
  const figures = new Map<string, ShownFigure>(
    measure === 'index'
      ? strengthRows.map((row) => [row.group, shownIndex(row)])
      : funnelRows.map((row) => [row.group, shownCount(row.steps[0]?.reached.cases ?? null)]),
  );
  const rankingTitle = translate('countries.ranking.title');
  const mapTitle = translate('countries.map.title');
  const flowsTitle = translate('countries.flows.title');
  const measureName = translate(`countries.map.${measure}`);
  return (
    <>
      <CountriesPanel
        title={rankingTitle}
        help={translate('countries.ranking.help')}
        summary={translate('countries.ranking.summary')}
        sources={[strengthFrom, funnelFrom]}
        isPending={strength.isPending || funnels.isPending}
        isError={strength.isError || funnels.isError}
        empty={strengthRows.length === 0}
        suppressed={strengthRows.some((row) => row.suppressed)}
        chart={
          <StrengthRanking
            rows={strengthRows}
            funnels={funnelRows}
            onSelectCountry={onSelectCountry}
          />
        }
      />
      <CountriesPanel
        title={mapTitle}
        help={translate('countries.map.help')}
        summary={translate('countries.map.summary', { measure: measureName })}
        sources={[measure === 'index' ? strengthFrom : funnelFrom, routesFrom]}
        isPending={strength.isPending || funnels.isPending || numbers.isPending}
        isError={strength.isError || funnels.isError || numbers.isError}
        empty={strengthRows.length === 0 && funnelRows.length === 0}
        suppressed={[...figures.values()].some((figure) => figure.kind === 'hidden')}
        controls={
          <>
            <TextField
              select
              size="small"
              label={translate('countries.map.measure')}
              value={measure}
              onChange={(event) => setMeasure(event.target.value as MapMeasure)}
              sx={{ minWidth: 200 }}
            >
              <MenuItem value="index">{translate('countries.map.index')}</MenuItem>
              <MenuItem value="seized">{translate('countries.map.seized')}</MenuItem>
            </TextField>
            <FormControlLabel
              control={
                <Switch checked={showRoutes} onChange={(_, checked) => setShowRoutes(checked)} />
              }
              label={translate('countries.map.routes')}
            />
          </>
        }
        chart={
          <WorldMap
            measure={measure}
            figures={figures}
            numbers={numbers.data ?? {}}
            flows={showRoutes ? flows : undefined}
            selected={filter.country}
            onSelectCountry={onSelectCountry}
          />
        }
        table={<MapTable strength={strengthRows} funnels={funnelRows} />}
      />
      <CountriesPanel
        title={flowsTitle}
        help={translate('countries.flows.help')}
        summary={translate('countries.flows.tableTitle')}
        sources={[routesFrom]}
        isPending={routes.isPending}
        isError={routes.isError}
        empty={false}
        suppressed={allFlows.some((flow) => flow.seized === null)}
        chart={
          allFlows.length === 0 ? (
            translate('countries.flows.none')
          ) : (
            <FlowsTable flows={flows} others={others} />
          )
        }
      />
    </>
  );
}
