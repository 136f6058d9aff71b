import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  Box,
  Button,
  LinearProgress,
  Link,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
  useTheme,
} from '@mui/material';
import { type ReactNode, useRef, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { saveBlob } from '../../common/save-blob';
import { fetchBlob } from '../../providers/http-client';
import { AnalyticsSection } from '../AnalyticsSection';
import { chartPng } from '../charts/chart-png';
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

/**
 * One panel of the countries section with what each figure owes its readers: the figures as a
 * table, a PNG of the drawing, and the CSV or XLSX of its data from the API.
 */
export function CountriesPanel(props: Props) {
  const translate = useTranslate();
  const theme = useTheme();
  const notify = useNotify();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const figure = useRef<HTMLElement>(null);
  const fileName = (source: FigureSource) =>
    `greenchain-${source.route}-by-${source.groupBy}${source.part ? `-${source.part}` : ''}`;
  const downloadPng = async () => {
    const svg = figure.current?.querySelector<SVGSVGElement>('svg[data-drawing]');
    if (!svg) return;
    saveBlob(
      await chartPng(svg, theme.palette.background.paper),
      `${fileName(props.sources[0]!)}.png`,
    );
  };
  const fileLink = (source: FigureSource, format: 'csv' | 'xlsx') => {
    const url = figureUrl(source, format);
    return (
      <Link
        key={`${source.route}-${format}`}
        href={url}
        onClick={(event) => {
          // The API wants the session's token, which a plain link would not send.
          event.preventDefault();
          fetchBlob(url).then(
            (blob) => saveBlob(blob, `${fileName(source)}.${format}`),
            () => notify('countries.panel.unavailable', { type: 'error' }),
          );
        }}
        aria-label={translate(`countries.panel.${format}`, { title: props.title })}
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
      >
        <DownloadIcon fontSize="small" aria-hidden />
        {props.sources.length > 1
          ? `${format.toUpperCase()} (${source.route})`
          : format.toUpperCase()}
      </Link>
    );
  };
  const body = () => {
    if (props.isError) {
      return <Alert severity="error">{translate('countries.panel.unavailable')}</Alert>;
    }
    if (props.isPending) return <LinearProgress aria-label={translate('ra.page.loading')} />;
    if (props.empty) return <Typography>{translate('countries.panel.empty')}</Typography>;
    if (view === 'table' && props.table) return props.table;
    return (
      <Box component="figure" ref={figure} aria-label={props.summary} sx={{ m: 0 }}>
        {props.chart}
      </Box>
    );
  };
  const drawn = props.table !== undefined;
  return (
    <AnalyticsSection title={props.title}>
      <Typography color="text.secondary" variant="body2" gutterBottom>
        {props.help}
      </Typography>
      <Stack
        direction="row"
        spacing={2}
        useFlexGap
        sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 1 }}
      >
        {drawn && (
          <ToggleButtonGroup
            size="small"
            exclusive
            value={view}
            onChange={(_, next: 'chart' | 'table' | null) => next && setView(next)}
            aria-label={translate('countries.panel.view', { title: props.title })}
          >
            <ToggleButton value="chart">{translate('countries.panel.chart')}</ToggleButton>
            <ToggleButton value="table">{translate('countries.panel.table')}</ToggleButton>
          </ToggleButtonGroup>
        )}
        {drawn && view === 'chart' && (
          <Button
            size="small"
            startIcon={<DownloadIcon />}
            onClick={() => void downloadPng()}
            disabled={props.isPending || props.isError || props.empty}
            aria-label={translate('countries.panel.png', { title: props.title })}
          >
            PNG
          </Button>
        )}
        {props.sources.flatMap((source) => [fileLink(source, 'csv'), fileLink(source, 'xlsx')])}
        {props.controls}
      </Stack>
      {body()}
      {props.suppressed && (
        <Typography variant="caption" component="p" sx={{ mt: 1 }}>
          {translate('countries.panel.hiddenNote')}
        </Typography>
      )}
    </AnalyticsSection>
  );
}
