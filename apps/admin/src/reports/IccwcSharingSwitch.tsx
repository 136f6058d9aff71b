import { Alert, FormControlLabel, Switch, Typography } from '@mui/material';
import { type IccwcSharingChoice } from '@greenchain/contracts';
import { useEffect, useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { type GreenchainDataProvider } from '../providers/data-provider';

/**
 * The Party's answer, for the year, to whether its CITES illegal trade data may go to the ICCWC
 * partners: shared unless a focal point records an objection. Analysts see it, never change it.
 */
export function IccwcSharingSwitch({
  country,
  year,
  editable,
}: {
  readonly country: string;
  readonly year: number;
  readonly editable: boolean;
}) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  const [choice, setChoice] = useState<IccwcSharingChoice>();
  const [error, setError] = useState<string>();
  const valid = /^[A-Z]{2}$/.test(country) && Number.isInteger(year) && year >= 1975;

  useEffect(() => {
    if (!valid) return;
    let current = true;
    dataProvider.iccwcSharing({ country, year }).then(
      (answer) => current && setChoice(answer),
      (failure: Error) => current && setError(failure.message),
    );
    return () => {
      current = false;
    };
  }, [dataProvider, country, year, valid]);

  const choose = async (shared: boolean) => {
    setError(undefined);
    try {
      setChoice(await dataProvider.chooseIccwcSharing({ country, year }, shared));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  if (!valid || !choice) return error ? <Alert severity="error">{error}</Alert> : null;
  return (
    <>
      <FormControlLabel
        control={
          <Switch
            checked={choice.shared}
            disabled={!editable}
            onChange={(event) => void choose(event.target.checked)}
          />
        }
        label={translate('reports.iccwcLabel', { year: choice.year })}
      />
      <Typography variant="body2" color="text.secondary">
        {translate(choice.chosen ? 'reports.iccwcRecorded' : 'reports.iccwcDefault')}
      </Typography>
      {error && <Alert severity="error">{error}</Alert>}
    </>
  );
}
