import { Alert, Button, Stack } from '@mui/material';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslate, useWrappedSource } from 'react-admin';
import { HsCodeAutocomplete } from './HsCodeAutocomplete';
import { isCompleteHsCode, useHsCodeAgreements } from './use-hs-code-agreements';

/** An HS code that, once complete, shows its chapter and suggests the agreements that apply. */
export function HsCodeInput({
  source,
  label,
}: {
  readonly source: string;
  readonly label: string;
}) {
  const translate = useTranslate();
  const { setValue } = useFormContext();
  const path = useWrappedSource(source);
  const agreementsPath = useWrappedSource('agreements');
  const code = String(useWatch({ name: path }) ?? '').trim();
  const { data } = useHsCodeAgreements(code);
  const suggested = data?.agreements.map((agreement) => agreement.code) ?? [];
  return (
    <Stack>
      <HsCodeAutocomplete source={source} label={label} />
      {data && isCompleteHsCode(code) && (
        <Alert
          severity="info"
          role="status"
          action={
            suggested.length > 0 && (
              <Button
                size="small"
                onClick={() => setValue(agreementsPath, suggested, { shouldDirty: true })}
              >
                {translate('cases.items.applyAgreements')}
              </Button>
            )
          }
        >
          {[data.chapter, data.description].filter(Boolean).join(' · ')}
          {suggested.length > 0 &&
            ` — ${translate('cases.items.suggests')}: ${data.agreements.map((a) => a.name).join(', ')}`}
          {data.odsSubstances.length > 0 && ` (${data.odsSubstances.join(', ')})`}
        </Alert>
      )}
    </Stack>
  );
}
