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

export function AppBar() {
  const role = useRole();
  return (
    <RaAppBar
      toolbar={
        <>
          {offers(role, 'notifications') && <NotificationBell />}
          <LocalesMenuButton />
          <ToggleThemeButton />
          <LoadingIndicator />
        </>
      }
    >
      <TitlePortal />
    </RaAppBar>
  );
}
