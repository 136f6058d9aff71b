import { TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ScrollableTable } from '../layout/ScrollableTable';
import { useFormatters } from '../i18n/use-formatters';
import { type ProjectionState } from '@greenchain/contracts';
import { ProjectionActions } from './ProjectionActions';
import { ProjectionStatusChip } from './ProjectionStatusChip';

const columns = ['name', 'status', 'generation', 'position', 'lag', 'failure', 'updatedAt'];

export function ProjectionTable({
  projections,
  onChange,
}: {
  projections: readonly ProjectionState[];
  onChange: () => void;
}) {
  const translate = useTranslate();
  const format = useFormatters();
  return (
    <ScrollableTable label={translate('operations.projections.title')}>
      <TableHead>
        <TableRow>
          {columns.map((column) => (
            <TableCell key={column}>{translate(`operations.projections.${column}`)}</TableCell>
          ))}
          <TableCell>{translate('operations.projections.actions')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {projections.map((projection) => (
          <TableRow key={projection.id}>
            <TableCell component="th" scope="row">
              {projection.name}
            </TableCell>
            <TableCell>
              <ProjectionStatusChip status={projection.status} />
            </TableCell>
            <TableCell>{format.number(projection.generation)}</TableCell>
            <TableCell>
              {format.number(projection.checkpoint)} / {format.number(projection.headPosition)}
            </TableCell>
            <TableCell>
              {translate('operations.projections.lagValue', {
                events: format.number(projection.lagEvents),
                seconds: format.number(projection.lagSeconds),
              })}
            </TableCell>
            <TableCell sx={{ maxWidth: 320, overflowWrap: 'anywhere' }}>
              {projection.failedPosition != null &&
                translate('operations.projections.failureValue', {
                  position: format.number(projection.failedPosition),
                  error: projection.error ?? projection.failedEventId ?? '',
                })}
            </TableCell>
            <TableCell>{format.dateTime(projection.updatedAt)}</TableCell>
            <TableCell>
              <ProjectionActions projection={projection} onDone={onChange} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </ScrollableTable>
  );
}
