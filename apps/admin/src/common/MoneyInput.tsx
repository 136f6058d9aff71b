import { Stack } from '@mui/material';
import { NumberInput, required as requiredValue, useTranslate } from 'react-admin';
import { CurrencyInput } from './CurrencyInput';

interface MoneyInputProps {
  /** The money object's path, e.g. `estimatedValue`; the inputs are `.amount` and `.currency`. */
  readonly source: string;
  readonly label: string;
  readonly required?: boolean;
}

export function MoneyInput({ source, label, required = false }: MoneyInputProps) {
  const translate = useTranslate();
  const validate = required ? [requiredValue()] : [];
  return (
    <Stack direction={{ xs: 'column', sm: 'row' }} spacing={1}>
      <NumberInput
        source={`${source}.amount`}
        label={`${translate(label)} · ${translate('common.amount')}`}
        min={0}
        validate={validate}
      />
      <CurrencyInput source={`${source}.currency`} label="common.currency" validate={validate} />
    </Stack>
  );
}
