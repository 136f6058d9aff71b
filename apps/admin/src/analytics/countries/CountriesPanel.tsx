import { type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import { type FigureMessages } from '../figure/figure-messages';
import { FigurePanel } from '../figure/FigurePanel';
import { type FigureSource, figureUrl } from './country-figures';

interface Props {
  readonly title: string;
  readonly help: string;
  /** The figure's accessible name: what it shows, in words. */
  readonly summary: string;
  /** The tables behind the panel, each offered as CSV and XLSX for the filter on screen. */
  readonly sources: readonly FigureSource[];
  readonly isPending: boolean;
  readonly isError: boolean;
  readonly empty: boolean;
  readonly suppressed: boolean;
  /** Controls shown above the figure (a measure to colour by, say). */
  readonly controls?: ReactNode;
  readonly chart: ReactNode;
  /** The same figures as a plain table; without it the chart is a table already. */
  readonly table?: ReactNode;
}

const fileNameOf = (source: FigureSource) =>
  `greenchain-${source.route}-by-${source.groupBy}${source.part ? `-${source.part}` : ''}`;

const panelMessages: FigureMessages = {
  view: 'countries.panel.view',
  chart: 'countries.panel.chart',
  table: 'countries.panel.table',
  png: 'countries.panel.png',
  csv: 'countries.panel.csv',
  xlsx: 'countries.panel.xlsx',
};

/** One panel of the countries section; a panel reading several tables offers each as a file. */
export function CountriesPanel({ sources, empty, suppressed, ...props }: Props) {
  const translate = useTranslate();
  const files = sources.flatMap((source) =>
    (['csv', 'xlsx'] as const).map((format) => ({
      url: figureUrl(source, format),
      format,
      fileName: `${fileNameOf(source)}.${format}`,
      text: sources.length > 1 ? `${format.toUpperCase()} (${source.route})` : format.toUpperCase(),
    })),
  );
  return (
    <FigurePanel
      {...props}
      messages={panelMessages}
      files={files}
      png={{ fileName: `${fileNameOf(sources[0]!)}.png`, drawing: 'svg[data-drawing]' }}
      empty={empty ? translate('countries.panel.empty') : undefined}
      unavailable={translate('countries.panel.unavailable')}
      hiddenNote={suppressed ? translate('countries.panel.hiddenNote') : undefined}
    />
  );
}
