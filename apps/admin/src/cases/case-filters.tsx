import { caseStages } from '@greenchain/contracts';
import { BooleanInput, DateInput, SearchInput, SelectInput, TextInput } from 'react-admin';
import { CountryInput } from '../common/CountryInput';

const stageChoices = caseStages.map((stage) => ({ id: stage, name: `greenchain.stages.${stage}` }));
const agreementChoices = ['MP', 'BC', 'SC', 'RC', 'CITES', 'CPB', 'CWC', 'MC'].map((code) => ({
  id: code,
  name: `greenchain.agreements.${code}`,
}));

/** The case list's filters, named as the API's case list accepts them. */
export const caseFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <CountryInput key="country" source="country" label="greenchain.fields.country" alwaysOn />,
  <SelectInput
    key="agreement"
    source="agreement"
    label="greenchain.fields.agreement"
    choices={agreementChoices}
    alwaysOn
  />,
  <SelectInput
    key="stage"
    source="stage"
    label="greenchain.fields.stage"
    choices={stageChoices}
    alwaysOn
  />,
  <TextInput key="port" source="port" label="greenchain.fields.port" />,
  <DateInput key="seizedFrom" source="seizedFrom" label="greenchain.fields.seizedFrom" />,
  <DateInput key="seizedTo" source="seizedTo" label="greenchain.fields.seizedTo" />,
  <BooleanInput key="stalled" source="stalled" label="greenchain.fields.stalled" />,
];
