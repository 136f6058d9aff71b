import { Card, CardContent, Stack, Typography } from '@mui/material';
import { type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * A titled section of a record page. A wide table scrolls inside it on a phone; inline-size
 * containment keeps the table from widening the whole page instead.
 */
export function SectionCard({
  title,
  action,
  children,
}: {
  readonly title: string;
  /** A command about the section as a whole (add an item), beside its title. */
  readonly action?: ReactNode;
  readonly children: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Card component="section" variant="outlined">
      <CardContent sx={{ overflowX: 'auto', contain: 'inline-size' }}>
        <Stack direction="row" spacing={2} sx={{ alignItems: 'baseline', flexWrap: 'wrap' }}>
          <Typography variant="h6" component="h2" gutterBottom>
            {translate(title)}
          </Typography>
          {action}
        </Stack>
        {children}
      </CardContent>
    </Card>
  );
}
