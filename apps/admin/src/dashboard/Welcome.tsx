import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useFormatters } from '../i18n/use-formatters';
import { session } from '../providers/session';

export function Welcome() {
  const translate = useTranslate();
  const format = useFormatters();
  const user = session.user();
  if (!user) return null;
  const scope = user.country
    ? translate('dashboard.country', { country: format.country(user.country) })
    : translate('dashboard.allCountries');
  return (
    <Card>
      <CardContent>
        <Typography variant="h5" component="h1" gutterBottom>
          {translate('dashboard.welcome', { name: user.displayName })}
        </Typography>
        <Typography color="text.secondary">
          {[translate(`common.roles.${user.role}`), scope, user.agency].filter(Boolean).join(' · ')}
        </Typography>
      </CardContent>
    </Card>
  );
}
