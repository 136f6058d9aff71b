import { Box } from '@mui/material';
import {
  AppBar as RaAppBar,
  LoadingIndicator,
  LocalesMenuButton,
  TitlePortal,
  ToggleThemeButton,
} from 'react-admin';
import { NotificationBell } from '../notifications/NotificationBell';
import { offers } from './role-menu';
import { useRole } from './use-role';

/** On a phone the language button keeps its icon and drops its label, leaving room for the title. */
const compactOnPhones = {
  '& .MuiButton-root': { fontSize: { xs: 0, sm: 'inherit' }, minWidth: { xs: 0, sm: 64 } },
  '& .MuiButton-startIcon': { mr: { xs: 0, sm: 1 } },
};

export function AppBar() {
  const role = useRole();
  return (
    <RaAppBar
      toolbar={
        <>
          {offers(role, 'notifications') && <NotificationBell />}
          <Box sx={compactOnPhones}>
            <LocalesMenuButton />
          </Box>
          <ToggleThemeButton />
          <LoadingIndicator />
        </>
      }
    >
      <TitlePortal />
    </RaAppBar>
  );
}
