import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import RestartAltIcon from '@mui/icons-material/RestartAlt';
import { Stack } from '@mui/material';
import { ConfirmCommandButton } from './ConfirmCommandButton';
import { type ProjectionState } from '@greenchain/contracts';

/** Resume only what stopped; rebuild anything that is not already rebuilding. */
export function ProjectionActions({
  projection,
  onDone,
}: {
  projection: ProjectionState;
  onDone: () => void;
}) {
  const stopped = projection.status === 'failed' || projection.status === 'paused';
  return (
    <Stack direction="row" spacing={1}>
      {stopped && (
        <ConfirmCommandButton
          resource="projections"
          id={projection.id}
          command="resume"
          label="operations.projections.resume"
          icon={<PlayArrowIcon />}
          title="operations.projections.resumeTitle"
          content="operations.projections.resumeContent"
          done="operations.projections.resumed"
          onDone={onDone}
        />
      )}
      {projection.status !== 'rebuilding' && (
        <ConfirmCommandButton
          resource="projections"
          id={projection.id}
          command="rebuild"
          label="operations.projections.rebuild"
          icon={<RestartAltIcon />}
          title="operations.projections.rebuildTitle"
          content="operations.projections.rebuildContent"
          done="operations.projections.rebuilding"
          onDone={onDone}
        />
      )}
    </Stack>
  );
}
