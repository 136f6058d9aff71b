import PhonelinkLockIcon from '@mui/icons-material/PhonelinkLock';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { forwardRef } from 'react';
import { useTranslate, useUserMenu } from 'react-admin';
import { Link } from 'react-router-dom';
import { secondFactorPath } from '../providers/auth-provider';

/** The user menu's way to the second-factor page. */
export const SecondFactorMenuItem = forwardRef<HTMLAnchorElement>(
  function SecondFactorMenuItem(props, ref) {
    const translate = useTranslate();
    const userMenu = useUserMenu();
    return (
      <MenuItem
        {...props}
        ref={ref}
        component={Link}
        to={secondFactorPath}
        onClick={() => userMenu?.onClose()}
      >
        <ListItemIcon>
          <PhonelinkLockIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText>{translate('secondFactor.menu')}</ListItemText>
      </MenuItem>
    );
  },
);
