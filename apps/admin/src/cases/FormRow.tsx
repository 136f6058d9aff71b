import { Stack } from '@mui/material';
import { type ReactNode } from 'react';

/** Inputs side by side on a wide screen, sharing the width; stacked on a phone. */
export function FormRow({ children }: { readonly children: ReactNode }) {
  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      spacing={{ xs: 0, md: 2 }}
      sx={{ width: '100%', '& > *': { flex: 1, minWidth: 0 } }}
    >
      {children}
    </Stack>
  );
}
