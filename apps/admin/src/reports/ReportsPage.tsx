import {
  Alert,
  Button,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import {
  type ReportFileFormat,
  type ReportFormat,
  type ReportValidation,
  reportFileFormats,
  reportFormats,
} from '@greenchain/contracts';
import { useState } from 'react';
import { Title, useAuthenticated, useDataProvider, useTranslate } from 'react-admin';
import { useRole } from '../layout/use-role';
import { type GreenchainDataProvider } from '../providers/data-provider';
import { saveBlob } from '../common/save-blob';
import { session } from '../providers/session';
import { IccwcSharingSwitch } from './IccwcSharingSwitch';
import { ReportValidationList } from './ReportValidationList';

/** Last calendar year: the one most reports are due for. */
const lastYear = () => new Date().getUTCFullYear() - 1;

/**
 * Each treaty report of a country and year, as XLSX or CSV, and the cases it still needs facts
 * for. Officers report for their own country; analysts choose one.
 */
export function ReportsPage() {
  useAuthenticated();
  const translate = useTranslate();
  const dataProvider = useDataProvider<GreenchainDataProvider>();
  const analyst = useRole() === 'analyst';
  // Filing is a designated duty: an officer who is not a focal point is told whom to ask.
  const focalPoint = session.user()?.focalPoint ?? false;
  const [country, setCountry] = useState(session.user()?.country ?? '');
  const [year, setYear] = useState(String(lastYear()));
  const [checked, setChecked] = useState<{ report: ReportFormat; validation: ReportValidation }>();
  const [error, setError] = useState<string>();
  const scope = { country, year: Number(year) };
  const name = (report: ReportFormat) => translate(`reports.names.${report}`);

  const run = async (action: () => Promise<void>) => {
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  const download = (report: ReportFormat, format: ReportFileFormat) =>
    run(async () => {
      const file = await dataProvider.reportFile(report, scope, format);
      saveBlob(file, `${report}-${country}-${year}.${format}`);
    });
  const check = (report: ReportFormat) =>
    run(async () => {
      setChecked({ report, validation: await dataProvider.reportValidation(report, scope) });
    });
  const recheck = () => checked && void check(checked.report);

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('reports.title')} />
      <CardContent>
        <Stack spacing={2}>
          <Typography component="h1" variant="h5">
            {translate('reports.title')}
          </Typography>
          <Typography color="text.secondary">
            {translate('reports.intro')} {analyst && translate('reports.analystNote')}
          </Typography>
          <Stack direction="row" spacing={2}>
            <TextField
              label={translate('reports.country')}
              value={country}
              disabled={!analyst}
              onChange={(event) => setCountry(event.target.value.toUpperCase().slice(0, 2))}
              // A disabled field's help would be greyed below contrast; officers cannot change it.
              helperText={analyst ? translate('reports.countryHelp') : undefined}
              size="small"
            />
            <TextField
              label={translate('reports.year')}
              type="number"
              value={year}
              onChange={(event) => setYear(event.target.value)}
              size="small"
            />
          </Stack>
          {!analyst && !focalPoint && (
            <Alert severity="info">{translate('reports.notFocalPoint')}</Alert>
          )}
          {(analyst || focalPoint) && (
            <IccwcSharingSwitch country={country} year={Number(year)} editable={!analyst} />
          )}
          {error && <Alert severity="error">{error}</Alert>}
          <Table size="small" aria-label={translate('reports.title')}>
            <TableHead>
              <TableRow>
                <TableCell>{translate('reports.report')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {reportFormats.map((report) => (
                <TableRow key={report}>
                  <TableCell>{name(report)}</TableCell>
                  <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>
                    {reportFileFormats.map((format) => (
                      <Button
                        key={format}
                        onClick={() => void download(report, format)}
                        aria-label={translate('reports.download', {
                          format: format.toUpperCase(),
                          report: name(report),
                        })}
                      >
                        {format.toUpperCase()}
                      </Button>
                    ))}
                    <Button
                      onClick={() => void check(report)}
                      aria-label={translate('reports.checkOf', { report: name(report) })}
                    >
                      {translate('reports.check')}
                    </Button>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          {checked && (
            <ReportValidationList
              report={checked.report}
              validation={checked.validation}
              name={name(checked.report)}
              onExplained={recheck}
            />
          )}
        </Stack>
      </CardContent>
    </Card>
  );
}
