import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

export function FormSection({ title }: { readonly title: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
      {translate(title)}
    </Typography>
  );
}
