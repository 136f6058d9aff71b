import { type Role } from '@greenchain/contracts';
import {
  BooleanInput,
  FormDataConsumer,
  maxLength,
  required,
  SelectInput,
  TextInput,
} from 'react-admin';
import { isOfficer, mayBeFocalPoint, roleChoices } from './role-choices';

const isoCode = (value: string | null) =>
  value && !/^[A-Z]{2}$/.test(value) ? 'users.countryHelp' : undefined;
const country = [required(), isoCode];
const agency = [required(), maxLength(300)];

/**
 * Role first; country and agency appear only for the roles that work within one country, and the
 * focal-point designation only for those that file reports.
 */
export function UserProfileInputs() {
  return (
    <>
      <SelectInput source="role" choices={roleChoices} validate={required()} />
      <FormDataConsumer<{ role?: Role }>>
        {({ formData }) =>
          isOfficer(formData.role) && (
            <>
              <TextInput
                source="country"
                validate={country}
                helperText="users.countryHelp"
                parse={(value: string) => value.toUpperCase()}
              />
              <TextInput source="agency" validate={agency} />
              {mayBeFocalPoint(formData.role) && (
                <BooleanInput source="focalPoint" helperText="users.focalPointHelp" />
              )}
            </>
          )
        }
      </FormDataConsumer>
    </>
  );
}
