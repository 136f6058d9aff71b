import { documentPersonalData } from '@greenchain/contracts';
import { required, SelectInput } from 'react-admin';
import { labelledChoices } from '../cases/actions/choices';

const markings = labelledChoices('documents.personalData.', documentPersonalData);

/** Where a file belongs (`target`) and whether it may show a person (`personalData`). */
export function DocumentPlacementInputs({
  targets,
}: {
  readonly targets: readonly { readonly id: string; readonly name: string }[];
}) {
  return (
    <>
      <SelectInput
        source="target"
        label="documents.target"
        choices={[...targets]}
        validate={required()}
      />
      <SelectInput
        source="personalData"
        label="documents.personalData.label"
        choices={markings}
        validate={required()}
      />
    </>
  );
}
