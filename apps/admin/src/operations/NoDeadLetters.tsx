import { Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export function NoDeadLetters() {
  const translate = useTranslate();
  return (
    <Card sx={{ mt: 2 }}>
      <CardContent>
        <Typography>{translate('operations.deadLetters.empty')}</Typography>
      </CardContent>
    </Card>
  );
}
