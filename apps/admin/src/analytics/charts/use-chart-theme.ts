import { useTheme } from '@mui/material';

/** Axis, grid, tooltip and series colours from the console's theme, so charts follow dark mode. */
export function useChartTheme() {
  const theme = useTheme();
  const { palette } = theme;
  return {
    axis: palette.text.secondary,
    grid: palette.divider,
    text: palette.text.primary,
    paper: palette.background.paper,
    tooltip: {
      contentStyle: {
        background: palette.background.paper,
        color: palette.text.primary,
        border: `1px solid ${palette.divider}`,
      },
      itemStyle: { color: palette.text.primary },
      labelStyle: { color: palette.text.primary },
    },
    /** Series told apart by hue and, everywhere, by the legend's order and the table. */
    series: [
      palette.primary.main,
      palette.info.main,
      palette.warning.main,
      palette.error.main,
      palette.secondary.main,
      palette.grey[500],
    ],
  };
}
