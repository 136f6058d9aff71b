import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

export function StageField() {
  const record = useRecordContext<{ stage: string | null }>();
  const translate = useTranslate();
  if (!record?.stage) return null;
  return <Chip size="small" label={translate(`common.stages.${record.stage}`)} />;
}
