import AssignmentIcon from '@mui/icons-material/Assignment';
import InsightsIcon from '@mui/icons-material/Insights';
import MonitorHeartIcon from '@mui/icons-material/MonitorHeart';
import SyncIcon from '@mui/icons-material/Sync';
import { type ReactElement } from 'react';
import { Menu, useTranslate } from 'react-admin';
import { type MenuEntry, menuFor } from './role-menu';
import { useRole } from './use-role';

const pages: Partial<Record<MenuEntry, { to: string; icon: ReactElement }>> = {
  analytics: { to: '/analytics', icon: <InsightsIcon /> },
  reports: { to: '/reports', icon: <AssignmentIcon /> },
  projections: { to: '/projections', icon: <SyncIcon /> },
  system: { to: '/system', icon: <MonitorHeartIcon /> },
};

/** Only what the signed-in role may use; resources take their label and icon from <Resource>. */
export function AppMenu() {
  const translate = useTranslate();
  const entries = menuFor(useRole());
  return (
    <Menu>
      <Menu.DashboardItem />
      {entries.map((entry) => {
        const page = pages[entry];
        return page ? (
          <Menu.Item
            key={entry}
            to={page.to}
            primaryText={translate(`layout.menu.${entry}`)}
            leftIcon={page.icon}
          />
        ) : (
          <Menu.ResourceItem key={entry} name={entry} />
        );
      })}
    </Menu>
  );
}
