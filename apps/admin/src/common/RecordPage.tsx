import { Card, CardContent, Stack } from '@mui/material';
import { type ReactNode } from 'react';
import { Show, useAuthenticated } from 'react-admin';
import { WhenDetailLoaded } from './WhenDetailLoaded';

interface RecordPageProps {
  /** What the record is and what may be done with it, in the top card. */
  readonly summary: ReactNode;
  /** The sections below it. */
  readonly children: ReactNode;
}

/** A case or exhibit page: a summary card with its actions, then its sections. */
export function RecordPage({ summary, children }: RecordPageProps) {
  useAuthenticated();
  return (
    <Show component="div" actions={false} sx={{ minWidth: 0 }}>
      <WhenDetailLoaded>
        <Stack spacing={2} sx={{ mt: 2, minWidth: 0 }}>
          <Card>
            <CardContent>
              <Stack spacing={2}>{summary}</Stack>
            </CardContent>
          </Card>
          {children}
        </Stack>
      </WhenDetailLoaded>
    </Show>
  );
}
