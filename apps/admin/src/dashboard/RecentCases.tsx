import { List as MuiList, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useCreatePath, useGetList, useTranslate } from 'react-admin';
import { AnalyticsSection } from '../analytics/AnalyticsSection';
import { useFormatters } from '../i18n/use-formatters';

interface CaseLine {
  readonly id: string;
  readonly reference: string | null;
  readonly stage: string | null;
  readonly port: string | null;
  readonly seizedOn: string | null;
  readonly stalled: boolean;
}

/** The latest seizures the user can see, straight to their case page. */
export function RecentCases() {
  const translate = useTranslate();
  const format = useFormatters();
  const createPath = useCreatePath();
  const { data, isPending } = useGetList<CaseLine>('cases', {
    sort: { field: 'seizedOn', order: 'DESC' },
    pagination: { page: 1, perPage: 5 },
  });
  return (
    <AnalyticsSection title={translate('dashboard.recentCases')}>
      {!isPending && data?.length === 0 && (
        <Typography color="text.secondary">{translate('dashboard.noCases')}</Typography>
      )}
      <MuiList dense disablePadding>
        {data?.map((line) => (
          <ListItem key={line.id} disablePadding>
            <ListItemButton
              component={Link}
              to={createPath({ resource: 'cases', id: line.id, type: 'show' })}
            >
              <ListItemText
                primary={line.reference ?? line.id}
                secondary={[
                  line.seizedOn && format.date(line.seizedOn),
                  line.port,
                  line.stage && translate(`common.stages.${line.stage}`, { _: line.stage }),
                  line.stalled && translate('dashboard.stalled'),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </ListItemButton>
          </ListItem>
        ))}
      </MuiList>
    </AnalyticsSection>
  );
}
