import { Alert, Box, LinearProgress, Stack, Typography } from '@mui/material';
import { type ReactNode, useRef, useState } from 'react';
import { useTranslate } from 'react-admin';
import { AnalyticsSection } from '../AnalyticsSection';
import { FigureFileLink, type FigureFile } from './FigureFileLink';
import { type FigureMessages } from './figure-messages';
import { FigureViewSwitch, type FigureView } from './FigureViewSwitch';

export interface FigurePanelProps {
  readonly title: string;
  readonly help?: string;
  /** What the figure shows, in words: its accessible name. */
  readonly summary: string;
  /** The keys of the messages of the panel's switch, buttons and file links. */
  readonly messages: FigureMessages;
  /** The files of the figure's data, for the filter on screen. */
  readonly files: readonly FigureFile[];
  /** The PNG's file name, and the drawing it is made from. */
  readonly png: { readonly fileName: string; readonly drawing: string };
  readonly isPending: boolean;
  readonly isError: boolean;
  /** Nothing to show: what to say instead. */
  readonly empty?: string;
  /** What to say when the figures cannot be read. */
  readonly unavailable: string;
  /** Why cells read "hidden", shown when one does. */
  readonly hiddenNote?: string;
  /** Controls shown above the figure (a measure to colour by, say). */
  readonly controls?: ReactNode;
  readonly chart: ReactNode;
  /** The same figures as a plain table; without it the figure is a table already. */
  readonly table?: ReactNode;
  /** Figures read beside the chart and the table alike. */
  readonly footer?: ReactNode;
}

/**
 * A figure with what it owes its readers: the same figures as a table (for screen readers and for
 * copying), a PNG of the drawing, and the CSV or XLSX of its data from the API.
 */
export function FigurePanel(props: FigurePanelProps) {
  const translate = useTranslate();
  const [view, setView] = useState<FigureView>('chart');
  const figure = useRef<HTMLElement>(null);
  const ready = !props.isPending && !props.isError;
  const body = () => {
    if (props.isError) return <Alert severity="error">{props.unavailable}</Alert>;
    if (props.isPending) return <LinearProgress aria-label={translate('ra.page.loading')} />;
    if (props.empty !== undefined) return <Typography>{props.empty}</Typography>;
    if (view === 'table' && props.table) return props.table;
    return (
      <Box component="figure" ref={figure} aria-label={props.summary} sx={{ m: 0 }}>
        {props.chart}
      </Box>
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
        {props.table !== undefined && (
          <FigureViewSwitch
            title={props.title}
            messages={props.messages}
            view={view}
            onView={setView}
            png={{ ...props.png, figure, disabled: !ready || props.empty !== undefined }}
          />
        )}
        {props.files.map((file) => (
          <FigureFileLink
            key={file.url}
            file={file}
            label={translate(props.messages[file.format], { title: props.title })}
            unavailable={props.unavailable}
          />
        ))}
        {props.controls}
      </Stack>
      {body()}
      {ready && props.footer}
      {props.hiddenNote && (
        <Typography variant="caption" component="p" sx={{ mt: 1 }}>
          {props.hiddenNote}
        </Typography>
      )}
    </AnalyticsSection>
  );
}
