import DevicesIcon from '@mui/icons-material/Devices';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { type Ref } from 'react';
import { useTranslate, useUserMenu } from 'react-admin';
import { Link } from 'react-router-dom';

/** The user menu's way to the Sessions page. */
export function SessionsMenuItem({ ref }: { ref?: Ref<HTMLAnchorElement> }) {
  const translate = useTranslate();
  const userMenu = useUserMenu();
  return (
    <MenuItem ref={ref} component={Link} to="/sessions" onClick={() => userMenu?.onClose()}>
      <ListItemIcon>
        <DevicesIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('sessions.menu')}</ListItemText>
    </MenuItem>
  );
}
