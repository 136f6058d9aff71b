import LockIcon from '@mui/icons-material/LockOutlined';
import { Alert, AlertTitle, Button, Card, CardContent } from '@mui/material';
import { Link, Title, useTranslate } from 'react-admin';
import { type MenuEntry } from '../layout/role-menu';
import { accessAreaOf } from './access-areas';

/** In place of a page the signed-in role may not open: says so in words, and the way back. */
export function AccessDenied({ entry }: { readonly entry: MenuEntry }) {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('access.title')} />
      <CardContent>
        <Alert severity="info" icon={<LockIcon />} role="status">
          <AlertTitle component="h1">{translate('access.title')}</AlertTitle>
          {translate(`access.denied.${accessAreaOf[entry]}`)}
        </Alert>
        <Button component={Link} to="/" sx={{ mt: 2 }}>
          {translate('access.home')}
        </Button>
      </CardContent>
    </Card>
  );
}
