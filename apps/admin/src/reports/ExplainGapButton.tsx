import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import {
  type MissingFactReason,
  missingFactReasons,
  type ReportFormat,
  type ReportGap,
} from '@greenchain/contracts';
import { useState } from 'react';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { type GreenchainDataProvider } from '../providers/data-provider';

/**
 * Records why a required column of a report is empty for a case (ExplainReportGap): the report's
 * owner asks the Party to say so, and the validation then lists the gap as explained.
 */
export function ExplainGapButton({
  report,
  caseId,
  caseName,
  gap,
  onExplained,
}: {
  readonly report: ReportFormat;
  readonly caseId: string;
  readonly caseName: string;
  readonly gap: ReportGap;
  readonly onExplained: () => void;
}) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<MissingFactReason>('not-known');
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    try {
      await dataProvider.command('cases', caseId, 'report-gaps', {
        occurredAt: new Date().toISOString().slice(0, 10),
        report,
        column: gap.key,
        reason,
        note: note.trim() === '' ? undefined : note.trim(),
      });
      setOpen(false);
      onExplained();
    } catch (failure) {
      notify(failure instanceof Error ? failure.message : String(failure), { type: 'error' });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button
        size="small"
        onClick={() => setOpen(true)}
        aria-label={translate('reports.explainOf', { column: gap.header, case: caseName })}
      >
        {translate('reports.explain')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('reports.explainTitle', { column: gap.header })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ mt: 1 }}>
            <TextField
              select
              label={translate('reports.reason')}
              value={reason}
              onChange={(event) => setReason(event.target.value as MissingFactReason)}
            >
              {missingFactReasons.map((choice) => (
                <MenuItem key={choice} value={choice}>
                  {translate(`reports.reasons.${choice}`)}
                </MenuItem>
              ))}
            </TextField>
            <TextField
              label={translate('reports.note')}
              helperText={translate('reports.noteHelp')}
              value={note}
              onChange={(event) => setNote(event.target.value.slice(0, 2000))}
              multiline
              minRows={2}
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button onClick={() => void save()} disabled={saving} variant="contained">
            {translate('ra.action.save')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
}
