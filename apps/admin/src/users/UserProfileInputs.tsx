import { type Role } from '@greenchain/contracts';
import { FormDataConsumer, maxLength, required, SelectInput, TextInput } from 'react-admin';
import { isOfficer, roleChoices } from './role-choices';

const isoCode = (value: string | null) =>
  value && !/^[A-Z]{2}$/.test(value) ? 'users.countryHelp' : undefined;
const country = [required(), isoCode];
const agency = [required(), maxLength(300)];

/** Role first; country and agency appear only for the roles that work within one country. */
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
            </>
          )
        }
      </FormDataConsumer>
    </>
  );
}
