import { type CreateUserRequest } from '@greenchain/contracts';
import {
  Create,
  email,
  minLength,
  PasswordInput,
  required,
  SimpleForm,
  TextInput,
} from 'react-admin';
import { withOfficerScope } from './officer-scope';
import { UserProfileInputs } from './UserProfileInputs';

export function UserCreate() {
  return (
    <Create<CreateUserRequest>
      redirect="list"
      transform={(user: CreateUserRequest) => withOfficerScope(user)}
    >
      <SimpleForm>
        <TextInput source="email" type="email" validate={[required(), email()]} />
        <TextInput source="displayName" validate={required()} />
        <PasswordInput
          source="password"
          validate={[required(), minLength(12)]}
          helperText="users.passwordHelp"
          autoComplete="new-password"
        />
        <UserProfileInputs />
      </SimpleForm>
    </Create>
  );
}
