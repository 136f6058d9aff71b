import { caseStages } from '@greenchain/contracts';
import { BooleanInput, DateInput, SearchInput, SelectInput, TextInput } from 'react-admin';
import { CountryInput } from '../common/CountryInput';

const stageChoices = caseStages.map((stage) => ({ id: stage, name: `common.stages.${stage}` }));
const agreementChoices = ['MP', 'BC', 'SC', 'RC', 'CITES', 'CPB', 'CWC', 'MC'].map((code) => ({
  id: code,
  name: `common.agreements.${code}`,
}));

/** The case list's filters, named as the API's case list accepts them. */
export const caseFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <CountryInput key="country" source="country" label="common.fields.country" alwaysOn />,
  <SelectInput
    key="agreement"
    source="agreement"
    label="cases.fields.agreement"
    choices={agreementChoices}
    alwaysOn
  />,
  <SelectInput
    key="stage"
    source="stage"
    label="cases.fields.stage"
    choices={stageChoices}
    alwaysOn
  />,
  <TextInput key="port" source="port" label="cases.fields.port" />,
  <DateInput key="seizedFrom" source="seizedFrom" label="cases.fields.seizedFrom" />,
  <DateInput key="seizedTo" source="seizedTo" label="cases.fields.seizedTo" />,
  <BooleanInput key="stalled" source="stalled" label="cases.fields.stalled" />,
];
