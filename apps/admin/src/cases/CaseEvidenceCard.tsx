import { Alert, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Link, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import { SectionCard } from '../common/SectionCard';
import { type CaseRecord } from './case-record';
import { useCaseExhibits } from './use-case-exhibits';

/** The case's exhibits with their current custodian, each opening its custody chain. */
export function CaseEvidenceCard() {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data, error } = useCaseExhibits(record?.id);
  return (
    <SectionCard title="cases.page.evidence">
      {error ? <Alert severity="warning">{translate('evidence.listUnavailable')}</Alert> : null}
      {data?.length === 0 && <Typography>{translate('evidence.none')}</Typography>}
      <List dense>
        {(data ?? []).map((exhibit) => (
          <ListItem key={exhibit.id} disablePadding>
            <ListItemButton
              component={Link}
              to={createPath({ resource: 'evidence', id: exhibit.id, type: 'show' })}
            >
              <ListItemText
                primary={`${translate(`evidence.kinds.${exhibit.kind}`, { _: exhibit.kind })} · ${translate(`evidence.status.${exhibit.status}`, { _: exhibit.status })}`}
                secondary={[exhibit.holderId, exhibit.holderAgency, exhibit.sealNumber]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </SectionCard>
  );
}
