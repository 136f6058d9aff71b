import VerifiedIcon from '@mui/icons-material/Verified';
import { Alert, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { type StreamRecord } from '@greenchain/contracts';
import { useFormatters } from '../i18n/use-formatters';
import { type GreenchainDataProvider } from '../providers/data-provider';
import { SectionCard } from './SectionCard';

/** The hash chain recomputed by the server: intact up to which version, or where it breaks. */
export function IntegrityCard({ resource }: { readonly resource: 'cases' | 'evidence' }) {
  const record = useRecordContext<StreamRecord>();
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  const translate = useTranslate();
  const format = useFormatters();
  const { data, error } = useQuery({
    queryKey: [resource, 'integrity', record?.id, record?.version],
    queryFn: () => dataProvider.integrity(resource, String(record?.id)),
    enabled: record !== undefined,
  });
  return (
    <SectionCard title="common.integrity.title">
      {error && <Alert severity="warning">{translate('common.integrity.unavailable')}</Alert>}
      {data?.valid === true && (
        <Alert severity="success" icon={<VerifiedIcon />}>
          {translate('common.integrity.valid', { version: data.version ?? 0 })}
        </Alert>
      )}
      {data?.valid === false && (
        <Alert severity="error">
          {translate('common.integrity.broken', { position: data.brokenAt ?? 0 })} {data.reason}
        </Alert>
      )}
      {data && (
        <Typography variant="caption" sx={{ display: 'block', mt: 1, wordBreak: 'break-all' }}>
          {translate('common.integrity.head')}: {data.headHash} · {format.dateTime(data.verifiedAt)}
        </Typography>
      )}
    </SectionCard>
  );
}
