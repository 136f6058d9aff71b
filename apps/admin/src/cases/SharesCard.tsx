import { List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { countryName } from '../common/countries';
import { useFormatters } from '../i18n/use-formatters';
import { SectionCard } from '../common/SectionCard';
import { type CaseRecord } from './case-record';

/** Which other countries see this case, which parts, until when; revoked shares stay listed. */
export function SharesCard() {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const format = useFormatters();
  const [locale] = useLocaleState();
  if (!record) return null;
  const shares = Object.values(record.state.shares);
  return (
    <SectionCard title="cases.page.sharing">
      {shares.length === 0 && <Typography>{translate('cases.page.notShared')}</Typography>}
      <List dense>
        {shares.map(({ shared, revoked }) => (
          <ListItem key={shared.shareId}>
            <ListItemText
              primary={`${countryName(shared.country, locale)} · ${shared.agency}`}
              secondary={[
                shared.fields.map((part) => translate(`cases.shareParts.${part}`)).join(', '),
                revoked
                  ? translate('cases.page.revoked')
                  : translate('cases.page.until', { date: format.date(shared.until) }),
              ].join(' · ')}
            />
          </ListItem>
        ))}
      </List>
    </SectionCard>
  );
}
