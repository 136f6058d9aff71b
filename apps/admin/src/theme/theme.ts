import { defaultDarkTheme, defaultLightTheme, type RaThemeOptions } from 'react-admin';

const typography = {
  fontFamily: ['Roboto', 'system-ui', 'Helvetica', 'Arial', 'sans-serif'].join(','),
  h5: { fontWeight: 500 },
  h6: { fontWeight: 500 },
};

const shape = { borderRadius: 8 };

/** Cards flat on a quiet background: a working tool, not a poster. */
const components = {
  MuiPaper: { defaultProps: { elevation: 0 } },
  MuiCard: { defaultProps: { variant: 'outlined' as const } },
  MuiButton: { defaultProps: { disableElevation: true } },
  // A wide list scrolls inside its card rather than squeezing the filter sidebar beside it.
  RaList: {
    styleOverrides: {
      root: { '& .RaList-main': { minWidth: 0 }, '& .RaList-content': { overflowX: 'auto' } },
    },
  },
};

/**
 * Light: a deep forest green for the app bar and actions (white text well above 4.5:1), neutral
 * greys elsewhere so that status colours stand out.
 */
export const lightTheme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    mode: 'light',
    primary: { main: '#1e6b52', contrastText: '#ffffff' },
    secondary: { main: '#20443a', contrastText: '#ffffff' },
    background: { default: '#f5f7f6', paper: '#ffffff' },
    text: { primary: '#1c2421', secondary: '#4f5b57' },
  },
  typography,
  shape,
  components: { ...defaultLightTheme.components, ...components },
};

/** Dark: the same greens lightened so text and controls keep their contrast on near-black. */
export const darkTheme: RaThemeOptions = {
  ...defaultDarkTheme,
  palette: {
    mode: 'dark',
    primary: { main: '#7fcfae', contrastText: '#0c1f18' },
    secondary: { main: '#a5d6c1', contrastText: '#0c1f18' },
    background: { default: '#121614', paper: '#1b201e' },
    text: { primary: '#e8eeeb', secondary: '#b3beb9' },
  },
  typography,
  shape,
  components: { ...defaultDarkTheme.components, ...components },
};
