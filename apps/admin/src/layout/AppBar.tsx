import { Box, type Theme } from '@mui/material';
import {
  AppBar as RaAppBar,
  LocalesMenuButton,
  Logout,
  TitlePortal,
  ToggleThemeButton,
  UserMenu,
} from 'react-admin';
import { SecondFactorMenuItem } from '../second-factor/SecondFactorMenuItem';
import { NotificationBell } from '../notifications/NotificationBell';
import { ChangePasswordMenuItem } from '../passwords/ChangePasswordMenuItem';
import { SessionsMenuItem } from '../sessions/SessionsMenuItem';
import { LoadingIndicator } from './LoadingIndicator';
import { offers } from './role-menu';
import { useRole } from './use-role';

/** On a phone the language button keeps its icon and drops its label, leaving room for the title. */
const compactOnPhones = (theme: Theme) => ({
  [theme.breakpoints.down('sm')]: {
    '& .MuiButton-root': { fontSize: 0, minWidth: 0 },
    '& .MuiButton-startIcon': { marginRight: 0 },
  },
});

export function AppBar() {
  const role = useRole();
  return (
    <RaAppBar
      userMenu={
        <UserMenu>
          <SecondFactorMenuItem />
          <SessionsMenuItem />
          <ChangePasswordMenuItem />
          <Logout />
        </UserMenu>
      }
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
