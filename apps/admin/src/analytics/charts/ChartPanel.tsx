import { type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { type AnalyticsFilter, analyticsQuery, type Grouping } from '../analytics';
import { type FigureMessages } from '../figure/figure-messages';
import { FigurePanel } from '../figure/FigurePanel';
import { type AnalyticsRoute } from '../use-analytics';

/** The figures a chart is drawn from, as the API serves them for a file. */
export interface ChartSource {
  readonly route: AnalyticsRoute;
  readonly filter: AnalyticsFilter;
  readonly groupBy: Grouping;
  readonly asOf: string | undefined;
  /** The nested table of the route the chart shows (`steps`, `reasons`, `survival`). */
  readonly part?: string;
}

interface Props {
  readonly title: string;
  readonly help?: string;
  /** What the chart shows, in words: the figure's accessible name. */
  readonly summary: string;
  readonly source: ChartSource;
  readonly isPending: boolean;
  readonly isError: boolean;
  /** Nothing to draw: no case matches, or every figure is hidden. */
  readonly empty?: string;
  /** A figure is hidden (small cells): the note says why cells read "hidden". */
  readonly suppressed?: boolean;
  readonly chart: ReactNode;
  readonly table: ReactNode;
  /** Figures read beside the chart and the table alike. */
  readonly footer?: ReactNode;
}

const panelMessages: FigureMessages = {
  view: 'analytics.panel.view',
  chart: 'analytics.panel.chart',
  table: 'analytics.panel.table',
  png: 'analytics.panel.png',
  csv: 'analytics.panel.csv',
  xlsx: 'analytics.panel.xlsx',
};

/** One chart of the analytics page, for the filter on screen. */
export function ChartPanel({ source, suppressed, ...props }: Props) {
  const translate = useTranslate();
  const fileName = `greenchain-${source.route}${source.part ? `-${source.part}` : ''}`;
  const files = (['csv', 'xlsx'] as const).map((format) => ({
    url: `/api/analytics/${source.route}?${analyticsQuery(source.filter, source.groupBy, source.asOf, { format, part: source.part })}`,
    format,
    fileName: `${fileName}.${format}`,
    text: format.toUpperCase(),
  }));
  return (
    <FigurePanel
      {...props}
      messages={panelMessages}
      files={files}
      png={{ fileName: `${fileName}.png`, drawing: 'svg.recharts-surface' }}
      unavailable={translate('analytics.unavailable')}
      hiddenNote={suppressed ? translate('analytics.hiddenNote') : undefined}
    />
  );
}
