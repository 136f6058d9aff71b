import { Table, TableContainer } from '@mui/material';
import { type ReactNode } from 'react';

/**
 * A table that scrolls sideways inside its own box on narrow screens; the box takes keyboard focus
 * so that people who do not use a mouse can scroll it too.
 */
export function ScrollableTable({ label, children }: { label: string; children: ReactNode }) {
  return (
    <TableContainer tabIndex={0} role="region" aria-label={label}>
      <Table size="small" aria-label={label}>
        {children}
      </Table>
    </TableContainer>
  );
}
