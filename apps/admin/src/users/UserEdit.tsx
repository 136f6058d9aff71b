import { type UserRecord } from '@greenchain/contracts';
import {
  BooleanInput,
  Edit,
  required,
  SimpleForm,
  TextInput,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { ResetLinkButton } from '../passwords/ResetLinkButton';
import { useUpdateUser } from './use-update-user';
import { UserProfileInputs } from './UserProfileInputs';

function UserEditForm() {
  const record = useRecordContext<UserRecord>();
  const save = useUpdateUser();
  if (!record) return null;
  return (
    <SimpleForm
      onSubmit={(values: Record<string, unknown>) => save(values as unknown as UserRecord)}
    >
      <TextInput source="email" disabled />
      <TextInput source="displayName" validate={required()} />
      <UserProfileInputs />
      <BooleanInput source="active" />
    </SimpleForm>
  );
}

export function UserEdit() {
  return (
    <Edit<UserRecord>
      mutationMode="pessimistic"
      actions={
        <TopToolbar>
          <ResetLinkButton />
        </TopToolbar>
      }
    >
      <UserEditForm />
    </Edit>
  );
}
