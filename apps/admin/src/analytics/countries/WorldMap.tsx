import { Box, Stack, Typography, useTheme } from '@mui/material';
import { type KeyboardEvent, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { useFormatters } from '../../i18n/use-formatters';
import { fillOf, hiddenPatternId, legendClasses, type MapMeasure } from './map-scale';
import { type RouteFlow, routeLegs } from './route-flows';
import { type ShownFigure } from './shown-figure';
import { useShown } from './use-shown';
import { countryShapes, mapSize } from './world-shapes';

interface Props {
  readonly measure: MapMeasure;
  /** The figure per country (alpha-2); a country without one is not in the answer. */
  readonly figures: ReadonlyMap<string, ShownFigure>;
  /** ISO 3166-1 alpha-2 → numeric, the key of the shapes. */
  readonly numbers: Readonly<Record<string, string>>;
  readonly flows?: readonly RouteFlow[];
  readonly selected?: string;
  readonly onSelectCountry: (code: string) => void;
}

/** Routes in one colour apart from both fill scales, drawn over the countries. */
const flowColour = '#c51b7d';

/** A leg as a gentle arc, so that a route and its way back do not cover each other. */
function arc([x1, y1]: readonly [number, number], [x2, y2]: readonly [number, number]): string {
  const bend = 0.2;
  const cx = (x1 + x2) / 2 - (y2 - y1) * bend;
  const cy = (y1 + y2) / 2 + (x2 - x1) * bend;
  return `M${x1},${y1} Q${cx},${cy} ${x2},${y2}`;
}

/** A choropleth of the chosen measure with the seizures' routes; countries answer click and Enter. */
export function WorldMap({ measure, figures, numbers, flows, selected, onSelectCountry }: Props) {
  const theme = useTheme();
  const translate = useTranslate();
  const format = useFormatters();
  const shown = useShown();
  const codeOf = new Map(Object.entries(numbers).map(([code, numeric]) => [numeric, code]));
  const centreOf = new Map(
    countryShapes.flatMap((shape) => {
      const code = codeOf.get(shape.numeric);
      return code ? [[code, shape.centre] as const] : [];
    }),
  );
  const blank = theme.palette.action.disabledBackground;
  const border = theme.palette.background.paper;
  const text = (figure: ShownFigure) =>
    measure === 'index' ? shown.score(figure) : shown.count(figure);
  const most = Math.max(1, ...(flows ?? []).map((flow) => flow.seized ?? 0));
  const choose = (code: string) => (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onSelectCountry(code);
  };
  return (
    <>
      <Box
        component="svg"
        data-drawing
        viewBox={`0 0 ${mapSize.width} ${mapSize.height}`}
        sx={{
          width: '100%',
          height: 'auto',
          display: 'block',
          '& [role="button"]': { cursor: 'pointer', outline: 'none' },
          '& [role="button"]:hover, & [role="button"]:focus-visible': {
            stroke: theme.palette.text.primary,
            strokeWidth: 1.5,
          },
        }}
      >
        <defs>
          <pattern id={hiddenPatternId} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill={blank} />
            <path d="M0,6 L6,0" stroke={theme.palette.text.secondary} strokeWidth="1" />
          </pattern>
          <marker
            id="countries-map-arrow"
            viewBox="0 0 10 10"
            refX="8"
            refY="5"
            markerWidth="5"
            markerHeight="5"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" fill={flowColour} />
          </marker>
        </defs>
        <rect width={mapSize.width} height={mapSize.height} fill={theme.palette.background.paper} />
        {countryShapes.map((shape) => {
          const code = codeOf.get(shape.numeric);
          const figure = code === undefined ? undefined : figures.get(code);
          const common = {
            d: shape.path,
            fill: fillOf(measure, figure, blank),
            stroke: code !== undefined && code === selected ? theme.palette.text.primary : border,
            strokeWidth: code !== undefined && code === selected ? 2 : 0.5,
          };
          if (code === undefined || figure === undefined) {
            return <path key={shape.numeric} {...common} aria-hidden />;
          }
          return (
            <path
              key={shape.numeric}
              {...common}
              role="button"
              tabIndex={0}
              aria-label={translate('countries.map.countryLabel', {
                country: format.country(code),
                value: text(figure),
              })}
              aria-pressed={code === selected}
              onClick={() => onSelectCountry(code)}
              onKeyDown={choose(code)}
            />
          );
        })}
        <g aria-hidden fill="none" stroke={flowColour} strokeLinecap="round" opacity={0.8}>
          {flows?.flatMap((flow) =>
            routeLegs(flow).flatMap(([from, to], index, legs) => {
              const start = centreOf.get(from);
              const end = centreOf.get(to);
              if (!start || !end) return [];
              const hidden = flow.seized === null;
              return [
                <path
                  key={`${flow.id}-${index}`}
                  d={arc(start, end)}
                  strokeWidth={hidden ? 1 : 1 + 5 * Math.sqrt((flow.seized ?? 0) / most)}
                  strokeDasharray={hidden ? '4 3' : undefined}
                  markerEnd={index === legs.length - 1 ? 'url(#countries-map-arrow)' : undefined}
                />,
              ];
            }),
          )}
        </g>
      </Box>
      <MapLegend measure={measure} blank={blank} hatch={theme.palette.text.secondary} />
    </>
  );
}

/** A legend entry: a small square drawn as the map draws its class, and its words. */
function Swatch({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
      <Box
        component="svg"
        width={14}
        height={14}
        aria-hidden
        sx={{ border: 1, borderColor: 'divider', flexShrink: 0 }}
      >
        {children}
      </Box>
      <Typography variant="caption">{label}</Typography>
    </Stack>
  );
}

function MapLegend({
  measure,
  blank,
  hatch,
}: {
  measure: MapMeasure;
  blank: string;
  hatch: string;
}) {
  const translate = useTranslate();
  const format = useFormatters();
  const bound = (value: number) =>
    format.number(measure === 'index' ? Math.round(value * 100) : value);
  return (
    <Stack
      component="section"
      aria-label={translate('countries.map.legend')}
      direction="row"
      spacing={1.5}
      useFlexGap
      sx={{ flexWrap: 'wrap', mt: 1 }}
    >
      {legendClasses(measure).map(({ colour, from, to }) => (
        <Swatch
          key={colour}
          label={
            to === undefined
              ? `≥ ${bound(from)}`
              : `${bound(from)}–${measure === 'index' ? bound(to) : bound(to - 1)}`
          }
        >
          <rect width="14" height="14" fill={colour} />
        </Swatch>
      ))}
      <Swatch label={translate('countries.map.noData')}>
        <rect width="14" height="14" fill={blank} />
      </Swatch>
      <Swatch label={translate('countries.map.hiddenValue')}>
        <rect width="14" height="14" fill={blank} />
        <path d="M0,14 L14,0 M0,7 L7,0 M7,14 L14,7" stroke={hatch} />
      </Swatch>
    </Stack>
  );
}
