import { Card, CardContent, Typography } from '@mui/material';
import { type ReactNode } from 'react';

interface Props {
  readonly title: string;
  /** The page's first section carries its h1. */
  readonly heading?: 'h1' | 'h2';
  readonly children: ReactNode;
}

export function AnalyticsSection({ title, heading = 'h2', children }: Props) {
  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component={heading} gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}
