import { DataTable, DateField, List, NumberField, TextField, useAuthenticated } from 'react-admin';
import { useIntlLocale } from '../i18n/use-formatters';
import { session } from '../providers/session';
import { caseFilters } from './case-filters';
import { CaseListActions } from './CaseListActions';
import { CaseListAside } from './CaseListAside';
import { StageField } from './StageField';

export function CaseList() {
  useAuthenticated();
  const locales = useIntlLocale();
  // Officers see their own country's cases only; the column matters to analysts.
  const allCountries = session.user()?.role === 'analyst';
  return (
    <List
      filters={caseFilters}
      actions={<CaseListActions />}
      aside={<CaseListAside />}
      sort={{ field: 'seizedOn', order: 'DESC' }}
      empty={false}
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="reference" label="cases.fields.reference" field={TextField} />
        <DataTable.Col source="seizedOn" label="cases.fields.seizedOn">
          <DateField source="seizedOn" locales={locales} />
        </DataTable.Col>
        {allCountries && <DataTable.Col source="country" label="common.fields.country" />}
        <DataTable.Col source="port" label="cases.fields.port" />
        <DataTable.Col source="agreements" label="cases.fields.agreements" disableSort>
          <TextField source="agreements" />
        </DataTable.Col>
        <DataTable.Col source="stage" label="cases.fields.stage">
          <StageField />
        </DataTable.Col>
        <DataTable.Col source="defendantCount" label="cases.fields.defendantCount">
          <NumberField source="defendantCount" locales={locales} />
        </DataTable.Col>
        <DataTable.Col source="valueTotalUsd" label="cases.fields.valueUsd">
          <NumberField
            source="valueTotalUsd"
            locales={locales}
            options={{ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }}
          />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
