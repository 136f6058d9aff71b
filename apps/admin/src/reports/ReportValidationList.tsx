import { Alert, List, ListItem, ListItemText, Link as MuiLink } from '@mui/material';
import { type ReportValidation } from '@greenchain/contracts';
import { useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';

/** The cases a report needs more of, each with a link to where its missing facts are recorded. */
export function ReportValidationList({
  validation,
  name,
}: {
  readonly validation: ReportValidation;
  readonly name: string;
}) {
  const translate = useTranslate();
  const covered = translate('reports.covered', { report: name, smart_count: validation.cases });
  if (validation.incomplete.length === 0)
    return <Alert severity="success">{`${covered}. ${translate('reports.complete')}`}</Alert>;
  return (
    <Alert severity="warning" sx={{ '& .MuiAlert-message': { width: '100%' } }}>
      {covered}
      <List dense aria-label={translate('reports.checkOf', { report: name })}>
        {validation.incomplete.map((gaps) => (
          <ListItem key={gaps.caseId} disableGutters>
            <ListItemText
              primary={
                <MuiLink component={Link} to={`/cases/${encodeURIComponent(gaps.caseId)}/show`}>
                  {gaps.reference ?? translate('reports.noReference')}
                </MuiLink>
              }
              secondary={translate('reports.missing', {
                columns: gaps.missing.map((column) => column.header).join(', '),
              })}
            />
          </ListItem>
        ))}
      </List>
    </Alert>
  );
}
