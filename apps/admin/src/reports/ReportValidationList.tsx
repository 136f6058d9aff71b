import {
  Alert,
  List,
  ListItem,
  ListItemText,
  Link as MuiLink,
  Stack,
  Typography,
} from '@mui/material';
import {
  type ReportCaseGaps,
  type ReportFormat,
  type ReportValidation,
} from '@greenchain/contracts';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { ExplainGapButton } from './ExplainGapButton';

/**
 * The cases a report needs more of, each with a link to where its missing facts are recorded, an
 * Explain action per gap (why it cannot be given), and the gaps already explained with the reason.
 */
export function ReportValidationList({
  report,
  validation,
  name,
  onExplained,
}: {
  readonly report: ReportFormat;
  readonly validation: ReportValidation;
  readonly name: string;
  readonly onExplained: () => void;
}) {
  const translate = useTranslate();
  const covered = translate('reports.covered', { report: name, smart_count: validation.cases });
  if (validation.incomplete.length === 0)
    return <Alert severity="success">{`${covered}. ${translate('reports.complete')}`}</Alert>;
  const caseName = (gaps: ReportCaseGaps) => gaps.reference ?? translate('reports.noReference');
  return (
    <Alert severity="warning" sx={{ '& .MuiAlert-message': { width: '100%' } }}>
      {covered}
      <List dense aria-label={translate('reports.checkOf', { report: name })}>
        {validation.incomplete.map((gaps) => (
          <ListItem key={gaps.caseId} disableGutters>
            <ListItemText
              primary={
                <MuiLink component={Link} to={`/cases/${encodeURIComponent(gaps.caseId)}/show`}>
                  {caseName(gaps)}
                </MuiLink>
              }
              slotProps={{ secondary: { component: 'div' } }}
              secondary={
                <Stack component="span">
                  {gaps.missing.map((gap) => (
                    <Stack key={gap.key} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                      <Typography variant="body2">
                        {translate('reports.missing', { columns: gap.header })}
                      </Typography>
                      <ExplainGapButton
                        report={report}
                        caseId={gaps.caseId}
                        caseName={caseName(gaps)}
                        gap={gap}
                        onExplained={onExplained}
                      />
                    </Stack>
                  ))}
                  {gaps.explained.map((gap) => (
                    <Typography key={gap.key} variant="body2">
                      {translate('reports.explained', {
                        column: gap.header,
                        reason: translate(`reports.reasons.${gap.reason}`),
                      })}
                    </Typography>
                  ))}
                </Stack>
              }
            />
          </ListItem>
        ))}
      </List>
    </Alert>
  );
}
