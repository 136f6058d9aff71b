import { Box, CircularProgress } from '@mui/material';
import { RefreshIconButton, useLoading, useTranslate } from 'react-admin';

/** react-admin's indicator, with the name a screen reader needs while data loads. */
export function LoadingIndicator() {
  const loading = useLoading();
  const translate = useTranslate();
  if (!loading) return <RefreshIconButton />;
  return (
    <Box sx={{ width: 40, display: 'flex', justifyContent: 'center' }}>
      <CircularProgress
        color="inherit"
        size={18}
        thickness={4}
        aria-label={translate('ra.page.loading')}
      />
    </Box>
  );
}
