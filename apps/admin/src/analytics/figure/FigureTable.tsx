import { TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { type ReactNode } from 'react';
import { ScrollableTable } from '../../layout/ScrollableTable';

/** One row of a figure's table: what it is, then its figures. */
export interface FigureTableRow {
  readonly name: string;
  readonly figures: readonly ReactNode[];
}

interface Props {
  readonly label: string;
  /** The heading of the names, then of each figure. */
  readonly columns: readonly [string, ...string[]];
  readonly rows: readonly FigureTableRow[];
}

/** A chart's figures as a table: a row per bar or curve, named in its first cell. */
export function FigureTable({ label, columns: [nameColumn, ...figureColumns], rows }: Props) {
  return (
    <ScrollableTable label={label}>
      <TableHead>
        <TableRow>
          <TableCell>{nameColumn}</TableCell>
          {figureColumns.map((column) => (
            <TableCell key={column} align="right">
              {column}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.name}>
            <TableCell component="th" scope="row">
              {row.name}
            </TableCell>
            {row.figures.map((figure, index) => (
              <TableCell key={figureColumns[index]} align="right">
                {figure}
              </TableCell>
            ))}
          </TableRow>
        ))}
      </TableBody>
    </ScrollableTable>
  );
}
