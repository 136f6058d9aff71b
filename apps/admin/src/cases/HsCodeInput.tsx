import { Alert, Button, Stack } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useFormContext, useWatch } from 'react-hook-form';
import { useDataProvider, useTranslate, useWrappedSource } from 'react-admin';
import { type GreenchainDataProvider } from '../providers/data-provider';
import { HsCodeAutocomplete } from './HsCodeAutocomplete';

const hsPattern = /^\d{4}(\.\d{2}(\d{2})?)?$/;

/** An HS code that, once complete, shows its chapter and suggests the agreements that apply. */
export function HsCodeInput({
  source,
  label,
}: {
  readonly source: string;
  readonly label: string;
}) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  const { setValue } = useFormContext();
  const path = useWrappedSource(source);
  const agreementsPath = useWrappedSource('agreements');
  const code = String(useWatch({ name: path }) ?? '').trim();
  const { data } = useQuery({
    queryKey: ['reference', 'hs', code],
    queryFn: () => dataProvider.hsCodeAgreements(code),
    enabled: hsPattern.test(code),
    staleTime: Infinity,
  });
  const suggested = data?.agreements.map((agreement) => agreement.code) ?? [];
  return (
    <Stack>
      <HsCodeAutocomplete source={source} label={label} />
      {data && hsPattern.test(code) && (
        <Alert
          severity="info"
          role="status"
          action={
            suggested.length > 0 && (
              <Button
                size="small"
                onClick={() => setValue(agreementsPath, suggested, { shouldDirty: true })}
              >
                {translate('greenchain.items.applyAgreements')}
              </Button>
            )
          }
        >
          {[data.chapter, data.description].filter(Boolean).join(' · ')}
          {suggested.length > 0 &&
            ` — ${translate('greenchain.items.suggests')}: ${data.agreements.map((a) => a.name).join(', ')}`}
          {data.odsSubstances.length > 0 && ` (${data.odsSubstances.join(', ')})`}
        </Alert>
      )}
    </Stack>
  );
}
