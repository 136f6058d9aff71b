import { Card, CardContent, Typography } from '@mui/material';
import { type ReactNode, useId } from 'react';

interface Props {
  readonly title: string;
  /** The page's first section carries its h1. */
  readonly heading?: 'h1' | 'h2';
  readonly children: ReactNode;
}

/** A region named by its title, so a screen reader can jump from figure to figure. */
export function AnalyticsSection({ title, heading = 'h2', children }: Props) {
  const titleId = useId();
  return (
    <Card component="section" aria-labelledby={titleId}>
      <CardContent>
        <Typography id={titleId} variant="h6" component={heading} gutterBottom>
          {title}
        </Typography>
        {children}
      </CardContent>
    </Card>
  );
}
