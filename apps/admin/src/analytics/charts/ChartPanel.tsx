import DownloadIcon from '@mui/icons-material/Download';
import {
  Alert,
  Box,
  Button,
  LinearProgress,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
  useTheme,
} from '@mui/material';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { saveBlob } from '../../common/save-blob';
import { type AnalyticsFilter, analyticsQuery, type Grouping } from '../analytics';
import { AnalyticsFileLinks } from '../AnalyticsFileLinks';
import { AnalyticsSection } from '../AnalyticsSection';
import { type AnalyticsRoute } from '../use-analytics';
import { chartPng } from './chart-png';

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

/**
 * One chart of the analytics page with what every chart owes its readers: the same figures as a
 * table (for screen readers and for copying), a PNG of the picture, and the CSV or XLSX of its data
 * from the API, for the filter on screen.
 */
export function ChartPanel(props: Props) {
  const translate = useTranslate();
  const theme = useTheme();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const figure = useRef<HTMLElement>(null);
  const { source } = props;
  const fileName = `greenchain-${source.route}${source.part ? `-${source.part}` : ''}`;
  const downloadPng = async () => {
    const svg = figure.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) return;
    saveBlob(await chartPng(svg, theme.palette.background.paper), `${fileName}.png`);
  };
  const body = () => {
    if (props.isError) return <Alert severity="error">{translate('analytics.unavailable')}</Alert>;
    if (props.isPending) return <LinearProgress aria-label={translate('ra.page.loading')} />;
    if (props.empty) return <Typography>{props.empty}</Typography>;
    return view === 'chart' ? (
      <Box component="figure" ref={figure} aria-label={props.summary} sx={{ m: 0 }}>
        {props.chart}
      </Box>
    ) : (
      props.table
    );
  };
  return (
    <AnalyticsSection title={props.title}>
      {props.help && (
        <Typography color="text.secondary" variant="body2" gutterBottom>
          {props.help}
        </Typography>
      )}
      <Stack
        direction="row"
        spacing={2}
        useFlexGap
        sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 1 }}
      >
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          onChange={(_, next: 'chart' | 'table' | null) => next && setView(next)}
          aria-label={translate('analytics.panel.view', { title: props.title })}
        >
          <ToggleButton value="chart">{translate('analytics.panel.chart')}</ToggleButton>
          <ToggleButton value="table">{translate('analytics.panel.table')}</ToggleButton>
        </ToggleButtonGroup>
        {view === 'chart' && (
          <Button
            size="small"
            startIcon={<DownloadIcon />}
            onClick={() => void downloadPng()}
            disabled={props.isPending || props.isError || props.empty !== undefined}
            aria-label={translate('analytics.panel.png', { title: props.title })}
          >
            PNG
          </Button>
        )}
        <AnalyticsFileLinks
          title={props.title}
          fileName={fileName}
          url={(format) =>
            `/api/analytics/${source.route}?${analyticsQuery(source.filter, source.groupBy, source.asOf, { format, part: source.part })}`
          }
        />
      </Stack>
      {body()}
      {!props.isPending && !props.isError && props.footer}
      {props.suppressed && (
        <Typography variant="caption" component="p" sx={{ mt: 1 }}>
          {translate('analytics.hiddenNote')}
        </Typography>
      )}
    </AnalyticsSection>
  );
}
