import { Card, CardContent, Typography } from '@mui/material';
import { type ReactNode } from 'react';
import { useTranslate } from 'react-admin';

/**
 * A titled section of a record page. A wide table scrolls inside it on a phone; inline-size
 * containment keeps the table from widening the whole page instead.
 */
export function SectionCard({
  title,
  children,
}: {
  readonly title: string;
  readonly children: ReactNode;
}) {
  const translate = useTranslate();
  return (
    <Card component="section" variant="outlined">
      <CardContent sx={{ overflowX: 'auto', contain: 'inline-size' }}>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate(title)}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}
