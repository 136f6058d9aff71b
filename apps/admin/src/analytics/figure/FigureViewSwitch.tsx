import DownloadIcon from '@mui/icons-material/Download';
import { Button, ToggleButton, ToggleButtonGroup, useTheme } from '@mui/material';
import { type RefObject } from 'react';
import { useTranslate } from 'react-admin';
import { saveBlob } from '../../common/save-blob';
import { chartPng } from '../charts/chart-png';
import { type FigureMessages } from './figure-messages';

export type FigureView = 'chart' | 'table';

interface Props {
  readonly title: string;
  readonly messages: FigureMessages;
  readonly view: FigureView;
  readonly onView: (view: FigureView) => void;
  readonly png: {
    readonly fileName: string;
    /** A selector of the drawing's svg inside the figure. */
    readonly drawing: string;
    readonly figure: RefObject<HTMLElement | null>;
    readonly disabled: boolean;
  };
}

/** The switch between a figure's drawing and its table, and the drawing as a PNG. */
export function FigureViewSwitch({ title, messages, view, onView, png }: Props) {
  const translate = useTranslate();
  const theme = useTheme();
  const downloadPng = async () => {
    const svg = png.figure.current?.querySelector<SVGSVGElement>(png.drawing);
    if (!svg) return;
    saveBlob(await chartPng(svg, theme.palette.background.paper), png.fileName);
  };
  return (
    <>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={view}
        onChange={(_, next: FigureView | null) => next && onView(next)}
        aria-label={translate(messages.view, { title })}
      >
        <ToggleButton value="chart">{translate(messages.chart)}</ToggleButton>
        <ToggleButton value="table">{translate(messages.table)}</ToggleButton>
      </ToggleButtonGroup>
      {view === 'chart' && (
        <Button
          size="small"
          startIcon={<DownloadIcon />}
          onClick={() => void downloadPng()}
          disabled={png.disabled}
          aria-label={translate(messages.png, { title })}
        >
          PNG
        </Button>
      )}
    </>
  );
}
