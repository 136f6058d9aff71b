import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  Typography,
} from '@mui/material';
import { useId } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { type ExportFormat } from '@greenchain/contracts';
import { saveBlob } from '../common/save-blob';
import { type GreenchainDataProvider } from '../providers/data-provider';
import { useExportJob } from './use-export-job';

interface ExportProgressDialogProps {
  readonly format: ExportFormat;
  readonly filter: object;
  readonly sort: [string, string];
  readonly onClose: () => void;
}

/** Progress of an export job, then its file. */
export function ExportProgressDialog({ format, filter, sort, onClose }: ExportProgressDialogProps) {
  const translate = useTranslate();
  const titleId = useId();
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  const { job, error } = useExportJob(format, filter, sort);
  const percent = job && job.total > 0 ? Math.round((job.done / job.total) * 100) : 0;
  const download = async () => {
    if (!job) return;
    saveBlob(await dataProvider.exportFile(job.id), `greenchain-cases.${format}`);
    onClose();
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth>
      <DialogTitle id={titleId}>
        {translate('cases.export.title', { format: format.toUpperCase() })}
      </DialogTitle>
      <DialogContent>
        {error || job?.status === 'failed' ? (
          <Alert severity="error">{job?.error ?? error?.message}</Alert>
        ) : (
          <>
            <LinearProgress
              variant={job && job.total > 0 ? 'determinate' : 'indeterminate'}
              value={percent}
              aria-label={translate('cases.export.progress')}
            />
            <Typography sx={{ mt: 1 }}>
              {translate(`cases.export.status.${job?.status ?? 'queued'}`, {
                done: job?.done ?? 0,
                total: job?.total ?? 0,
              })}
            </Typography>
          </>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
        <Button
          variant="contained"
          disabled={job?.status !== 'done'}
          onClick={() => void download()}
        >
          {translate('cases.export.download')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
